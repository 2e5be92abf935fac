package org.repalign.cli.internal;

import java.util.List;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.UsageException;

/**
 * {@code repalign spark COMMAND}: listed here so that {@code repalign help} shows it; the
 * launcher hands {@code spark} to the Spark job jar before any JVM of the command line starts
 * (local mode), and a cluster runs the jar with {@code spark-submit}. Reached only when the
 * command line is started some other way, it says so.
 */
public final class SparkCommand implements Command {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String summary() {
        return "run, cka and sae-sweep on Apache Spark (local mode, or spark-submit on a cluster)";
    }

    @Override
    public String usage() {
        return "repalign spark run FILE.repalign [--out DIR] [--only ...] [--master URL]\n"
                + "repalign spark cka A B [--preprocess none|raw|centered] [--format json|table] [--master URL]\n"
                + "repalign spark sae-sweep INPUT... --latents m1,m2 [--k k1,k2] --out DIR [SAE options]\n"
                + "repalign spark help [COMMAND]\n"
                + "  The same commands run on a cluster with: spark-submit --class org.repalign.spark.SparkMain\n"
                + "  repalign-spark.jar COMMAND ... (README.md, \"Running on a cluster\").";
    }

    @Override
    public String examples() {
        return "  repalign spark run mine.repalign                 pair evaluations, SAEs, matching as Spark tasks\n"
                + "  repalign spark cka a.npy b.npy --format json     exact CKA in one pass over row ranges\n"
                + "  repalign spark help cka                          the options of one Spark command";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        throw new UsageException("'spark' runs through the launcher ('./repalign spark " + String.join(" ", arguments)
                + "') or with spark-submit and repalign-spark.jar; this start of the command line has no Spark");
    }
}
