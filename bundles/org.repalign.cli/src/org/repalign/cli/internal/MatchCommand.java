package org.repalign.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.ResultsJson;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.matching.FeatureMatch;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.matching.FeatureMatchingNull;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;

/**
 * {@code repalign match CODES_A CODES_B}: the co-activation-maximising one-to-one matching of the
 * latents of two SAE code matrices on the same rows ({@link FeatureMatching}, the definition the
 * experiment's feature analysis uses), optionally with row-permutation nulls.
 */
public final class MatchCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(Set.of("permutations", "seed", "format"),
            Set.of("binary"));

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "match the latents of two sparse code files (exact assignment on co-activation) with nulls";
    }

    @Override
    public String usage() {
        return "repalign match CODES_A CODES_B [--binary] [--permutations P] [--seed S] [--format table|json]\n"
                + "  CODES_A, CODES_B  scipy CSR .npz codes on the same rows (as written by 'repalign sae encode'\n"
                + "                    or scipy.sparse.save_npz); weighted codes must be non-negative\n"
                + "  --binary          binarise the codes (value > 0 -> 1) before matching\n"
                + "  --permutations P  row-permutation nulls: P >= 2 permuted matchings (default 0: none)\n"
                + "  --seed S          seed of the permutations (default 0)\n"
                + "  --format          table (default) or json (one document on stdout)";
    }

    @Override
    public String examples() {
        return "  repalign match a.npz b.npz                          score of the optimal latent matching\n"
                + "  repalign match a.npz b.npz --permutations 10       with a null mean, sd and z-score\n"
                + "  repalign match a.npz b.npz --binary --format json  co-activation counts, as JSON";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (parsed.positional().size() != 2) {
            throw new UsageException("match needs two code files CODES_A CODES_B, got " + parsed.positional().size());
        }
        String format = parsed.choice("format", List.of("table", "json"), "table");
        boolean binary = parsed.has("binary");
        int permutations = parsed.intValue("permutations", 0, 0, 1_000_000);
        if (permutations == 1) {
            throw new UsageException("--permutations must be 0 (no nulls) or at least 2 for a standard deviation");
        }
        long seed = parsed.longValue("seed", 0);
        Path fileA = Path.of(parsed.positional().get(0));
        Path fileB = Path.of(parsed.positional().get(1));
        CsrMatrix a = readCodes(fileA);
        CsrMatrix b = readCodes(fileB);
        if (a.rows() != b.rows()) {
            throw new UsageException(RepresentationFileException.displayName(fileA) + " has " + a.rows() + " rows but "
                    + RepresentationFileException.displayName(fileB) + " has " + b.rows()
                    + "; the codes must describe the same rows in the same order");
        }
        long start = System.nanoTime();
        FeatureMatch match;
        FeatureMatchingNull nulls = null;
        try {
            if (permutations == 0) {
                match = FeatureMatching.match(a, b, binary);
            } else {
                nulls = FeatureMatching.nulls(a, b, binary, permutations, seed);
                match = nulls.matched();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> json = json(fileA, fileB, a, b, match, nulls, seed, seconds);
        if (format.equals("json")) {
            io.out().print(ResultsJson.write(json));
        } else {
            printTable(io, json);
        }
        return OK;
    }

    private static CsrMatrix readCodes(Path file) throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(RepresentationFileException.displayName(file)
                    + (Files.exists(file) ? " is not a file" : " does not exist"));
        }
        Representation representation;
        try {
            representation = RepresentationReaders.open(file, null);
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (!(representation.matrix() instanceof CsrMatrix csr)) {
            throw new UsageException(RepresentationFileException.displayName(file) + " holds a dense "
                    + representation.format() + " matrix, not sparse codes; give a scipy CSR .npz (scipy.sparse.save_npz"
                    + " of a csr matrix, or 'repalign sae encode')");
        }
        return csr;
    }

    private static Map<String, Object> json(Path fileA, Path fileB, CsrMatrix a, CsrMatrix b, FeatureMatch match,
            FeatureMatchingNull nulls, long seed, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("codes_a", fileA.toString());
        json.put("codes_b", fileB.toString());
        json.put("rows", a.rows());
        json.put("latents_a", a.columns());
        json.put("latents_b", b.columns());
        json.put("active_a", match.activeFirst());
        json.put("active_b", match.activeSecond());
        json.put("binary", match.binary());
        json.put("score", match.score());
        json.put("matched_sum", match.matchedSum());
        json.put("norm_a", match.firstNorm());
        json.put("norm_b", match.secondNorm());
        int[] partners = match.partnerOfLatent();
        int pairs = 0;
        for (int partner : partners) {
            if (partner >= 0) {
                pairs++;
            }
        }
        json.put("matched_pairs", pairs);
        json.put("permutations", nulls == null ? 0 : nulls.permutations());
        json.put("seed", seed);
        json.put("null_mean", nulls == null ? null : nulls.mean());
        json.put("null_sd", nulls == null ? null : nulls.sd());
        json.put("z", nulls == null ? null : nulls.z());
        json.put("null_scores", nulls == null ? List.of() : nulls.scores());
        json.put("seconds", seconds);
        json.put("partner_of_latent", partners);
        return json;
    }

    private static void printTable(CommandIO io, Map<String, Object> json) {
        io.out().printf(Locale.ROOT, "rows           %d%n", json.get("rows"));
        io.out().printf(Locale.ROOT, "latents        %d x %d (active %d x %d)%n", json.get("latents_a"),
                json.get("latents_b"), json.get("active_a"), json.get("active_b"));
        io.out().printf(Locale.ROOT, "codes          %s%n", (Boolean) json.get("binary") ? "binary" : "weighted");
        io.out().printf(Locale.ROOT, "score          %.6f%n", (Double) json.get("score"));
        io.out().printf(Locale.ROOT, "matched sum    %.9g over %d pairs%n", (Double) json.get("matched_sum"),
                json.get("matched_pairs"));
        if ((Integer) json.get("permutations") > 0) {
            io.out().printf(Locale.ROOT, "null           mean %.6f, sd %.6f over %d permutations (seed %d)%n",
                    (Double) json.get("null_mean"), (Double) json.get("null_sd"), json.get("permutations"),
                    json.get("seed"));
            io.out().printf(Locale.ROOT, "z              %.3f%n", (Double) json.get("z"));
        }
        io.out().printf(Locale.ROOT, "seconds        %.3f%n", (Double) json.get("seconds"));
    }
}
