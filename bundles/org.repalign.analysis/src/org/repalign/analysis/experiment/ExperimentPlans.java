package org.repalign.analysis.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.emf.common.util.Diagnostic;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.SaeSizing;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.DictionaryKind;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.MetricSetting;
import org.repalign.model.MetricSpecs;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.Protocol;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.validation.ExperimentValidator;
import org.repalign.model.validation.SourceShapes;

/**
 * Turns an experiment of the EMF model into an {@link ExperimentPlan}: validates it first
 * ({@link InstalledValidation}: {@link ExperimentValidator} with {@link ReaderSourceShapes} and the
 * installed metrics and analyses), then converts it. Relative
 * paths are resolved against the experiment file's folder. Only enabled analyses are planned.
 * The experiment's first preprocessing mode (default centered) is the dense preprocessing of
 * the SAEs, the signal analysis and the probes. SAE latents, steps and batch size the experiment
 * leaves unset are sized to its data ({@link SaeSizing}); the plan's SAE settings say so.
 */
public final class ExperimentPlans {

    private ExperimentPlans() {
    }

    /**
     * @param file an experiment file
     * @return its plan
     * @throws ExperimentInputException when the file cannot be read or the experiment is invalid,
     *                                  with one line naming the file, object and field
     */
    public static ExperimentPlan load(Path file) throws ExperimentInputException {
        Experiment experiment;
        try {
            experiment = ExperimentFiles.load(file);
        } catch (IOException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        return fromModel(experiment, file);
    }

    /**
     * An experiment with no metrics runs the paper's eight ({@link MetricRegistry#PAPER_METRICS}):
     * they are checked against the data like listed ones (svcca_100 on 32-dimensional sources is
     * refused before the run, not during it), on a copy that lists them.
     */
    private static Experiment withDefaultMetrics(Experiment experiment) {
        if (!experiment.getMetrics().isEmpty()) {
            return experiment;
        }
        Experiment copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(experiment);
        for (String id : MetricRegistry.PAPER_METRICS) {
            copy.getMetrics().add(ExperimentTemplates.metricSetting(id));
        }
        return copy;
    }

    /**
     * @param errors the validator's errors, at least one
     * @return them on one line: the first, then "; also: " and up to four more, then how many
     *         more there are
     */
    public static String problemLine(List<Diagnostic> errors) {
        StringBuilder line = new StringBuilder(errors.get(0).getMessage());
        int shown = Math.min(errors.size(), 5);
        for (int i = 1; i < shown; i++) {
            line.append(i == 1 ? "; also: " : "; ").append(errors.get(i).getMessage());
        }
        if (errors.size() > shown) {
            line.append(" (and ").append(errors.size() - shown).append(" more problems)");
        }
        return line.toString();
    }

    /**
     * @param experiment     the experiment
     * @param experimentFile its file (paths are relative to its folder), or {@code null} to
     *                       resolve against the working folder
     * @return the plan
     * @throws ExperimentInputException naming the first error the validator finds (and how many
     *                                  more there are)
     */
    public static ExperimentPlan fromModel(Experiment experiment, Path experimentFile) throws ExperimentInputException {
        return fromModel(experiment, experimentFile, new ReaderSourceShapes());
    }

    /**
     * @param experiment     the experiment
     * @param experimentFile its file, or {@code null}
     * @param shapes         the shapes of its files, when the caller has them already
     * @return the plan
     * @throws ExperimentInputException naming the first error the validator finds
     */
    public static ExperimentPlan fromModel(Experiment experiment, Path experimentFile, SourceShapes shapes)
            throws ExperimentInputException {
        Path base = experimentFile == null ? Path.of("").toAbsolutePath()
                : experimentFile.toAbsolutePath().getParent();
        // SAE values the experiment leaves unset are sized to its data before it is checked
        Optional<SaeSizing> sizing = SaeSizingOfModel.sizing(experiment, base, shapes);
        Experiment planned = sizing.isPresent() ? SaeSizingOfModel.sized(experiment, sizing.get()) : experiment;
        List<Diagnostic> problems = InstalledValidation.validate(withDefaultMetrics(planned), experimentFile, shapes);
        List<Diagnostic> errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
        if (!errors.isEmpty()) {
            String where = experimentFile == null ? "" : experimentFile.getFileName() + ": ";
            throw new ExperimentInputException(where + problemLine(errors),
                    errors.subList(1, errors.size()).stream().map(d -> where + d.getMessage()).toList());
        }
        try {
            return convert(planned, base, experimentFile, sizing.orElse(null));
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException((experimentFile == null ? "" : experimentFile.getFileName() + ": ")
                    + e.getMessage(), e);
        }
    }

    private static ExperimentPlan convert(Experiment experiment, Path base, Path experimentFile, SaeSizing sizing) {
        List<SourcePlan> sources = new ArrayList<>();
        for (Source source : experiment.getSources()) {
            sources.add(new SourcePlan(source.getId(), resolve(base, source.getFile()), blankToNull(source.getFormat()),
                    blankToNull(source.getTensorName()), resolve(base, source.getItemsFile()),
                    resolve(base, source.getSaeFolder()),
                    new ModelProperties(blankToNull(source.getFamily()), blankToNull(source.getModality()),
                            source.getParameters(), source.getDepth(), source.getWidth(), source.getTrainingDataSize(),
                            source.getYear()),
                    blankToNull(source.getLayer())));
        }
        Optional<SyntheticGenerator> synthetic = Optional.empty();
        if (experiment.getSynthetic() != null) {
            synthetic = Optional.of(generator(experiment.getSynthetic()));
            for (SyntheticModel model : experiment.getSynthetic().getModels()) {
                boolean listed = sources.stream().anyMatch(s -> s.id().equals(model.getId()));
                if (!listed && (model.getFamily() != null || model.getModality() != null)) {
                    sources.add(new SourcePlan(model.getId(), null, null, null, null, null, new ModelProperties(
                            blankToNull(model.getFamily()), blankToNull(model.getModality()), null, null, null, null,
                            null)));
                }
            }
        }
        List<String> metrics = new ArrayList<>();
        for (MetricSetting metric : experiment.getMetrics()) {
            metrics.add(MetricSpecs.toSpecText(metric));
        }
        Protocol protocol = experiment.getProtocol();
        ProtocolSettings protocolSettings = protocol == null ? ProtocolSettings.PAPER
                : new ProtocolSettings(protocol.getSubsamples(), protocol.getSubsampleSize(), protocol.getPermutations(),
                        tieRule(protocol.getTieRule()));
        org.repalign.model.SaeSettings sae = experiment.getSae();
        SaeSettings saeSettings = sae == null ? SaeSettings.DEFAULTS
                : new SaeSettings(sae.getArchitecture(), sae.getRecipe(), sae.getLatents(), sae.getK(), sae.getSteps(),
                        sae.getBatchSize(), sae.getLearningRate(), sae.getTruncationLower(), sae.getTruncationUpper(),
                        sizing);
        List<AnalysisSettings> analyses = new ArrayList<>();
        for (Analysis analysis : experiment.getAnalyses()) {
            if (analysis.isEnabled()) {
                analyses.add(ModelAnalyses.settings(analysis, AnalysisRegistry.installed()));
            }
        }
        analyses.sort(AnalysisRegistry.installed().runOrder());
        Preprocessing dense = experiment.getPreprocessing().isEmpty() ? Preprocessing.CENTERED
                : preprocessing(experiment.getPreprocessing().get(0));
        return new ExperimentPlan(experiment.getName() == null || experiment.getName().isBlank() ? "experiment"
                : experiment.getName(), experiment.getDescription(), experiment.getSeed(), sources, synthetic,
                resolve(base, experiment.getItemsFile()), resolve(base, experiment.getFrequenciesFile()),
                resolve(base, experiment.getAttributesFile()), dense, metrics, protocolSettings, saeSettings, analyses,
                experimentFile);
    }

    private static SyntheticGenerator generator(SyntheticData data) {
        List<SyntheticModelSpec> models = new ArrayList<>();
        for (SyntheticModel model : data.getModels()) {
            models.add(new SyntheticModelSpec(model.getId(), model.getDimension(),
                    dictionary(model.getDictionary()),
                    model.getDictionarySeed() == null ? OptionalLong.empty() : OptionalLong.of(model.getDictionarySeed()),
                    model.getBiasNorm(), model.getAnisotropicDimensions(), model.getAnisotropyScale(),
                    model.getNoiseScale(), model.getNoiseExponent()));
        }
        return new SyntheticGenerator(data.getSeed(), data.getItems(), data.getAttributes(), data.getActivePerItem(),
                data.getCodeMagnitude(), data.getCodeJitter(), data.getZipfExponent(), data.getTopFrequency(), models,
                data.getAttributeLabelNoise());
    }

    private static Preprocessing preprocessing(PreprocessingMode mode) {
        return switch (mode) {
            case null -> Preprocessing.CENTERED;
            case NONE -> Preprocessing.NONE;
            case RAW -> Preprocessing.RAW;
            case CENTERED -> Preprocessing.CENTERED;
            case CLAMP -> Preprocessing.CLAMP;
        };
    }

    private static TieRule tieRule(org.repalign.model.TieRule rule) {
        return switch (rule) {
            case null -> TieRule.RANDOM;
            case RANDOM -> TieRule.RANDOM;
            case INDEX -> TieRule.INDEX;
        };
    }

    private static DictionaryKind dictionary(org.repalign.model.DictionaryKind kind) {
        return switch (kind) {
            case null -> DictionaryKind.RANDOM;
            case RANDOM -> DictionaryKind.RANDOM;
            case ORTHONORMAL -> DictionaryKind.ORTHONORMAL;
        };
    }

    private static Path resolve(Path base, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Path p = Path.of(path);
        return p.isAbsolute() ? p : base.resolve(p).normalize();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
