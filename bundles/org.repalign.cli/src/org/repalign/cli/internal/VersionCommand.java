package org.repalign.cli.internal;

import org.repalign.analysis.results.ResultsJson;

import java.util.List;
import java.util.Map;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.compute.runtime.ComputeEnvironment;
import org.repalign.compute.runtime.Nd4jRuntime;

/** {@code repalign version}: RepAlign, Java, ND4J backend, BLAS vendor and BLAS threads. */
public final class VersionCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(java.util.Set.of("format"), java.util.Set.of());

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the RepAlign, Java, ND4J backend and BLAS versions";
    }

    @Override
    public String usage() {
        return "repalign version [--format text|json]";
    }

    @Override
    public String examples() {
        return "  repalign version    Java, ND4J backend and BLAS threads, e.g. to quote with a result";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("version takes no arguments, got '" + parsed.positional().get(0) + "'");
        }
        String format = parsed.choice("format", List.of("text", "json"), "text");
        ComputeEnvironment environment = Nd4jRuntime.environment();
        if (format.equals("json")) {
            io.out().print(ResultsJson.write(environment.toMap()));
        } else {
            Map<String, Object> facts = environment.toMap();
            io.out().println("RepAlign      " + facts.get("repalign_version"));
            io.out().println("Java          " + facts.get("java_version") + " (" + facts.get("java_vendor") + ")");
            io.out().println("OS            " + facts.get("os") + ", " + facts.get("processors") + " processors");
            io.out().println("ND4J          " + facts.get("nd4j_version"));
            io.out().println("ND4J backend  " + facts.get("backend"));
            io.out().println("BLAS vendor   " + facts.get("blas_vendor"));
            io.out().println("BLAS threads  " + facts.get("blas_threads"));
        }
        return OK;
    }
}
