package org.repalign.cli.internal;

import org.repalign.analysis.results.ResultsJson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricRegistry;

/** {@code repalign metrics --list}: every metric with its shorthands, direction and parameters. */
final class MetricListing {

    private final MetricRegistry registry;

    MetricListing(MetricRegistry registry) {
        this.registry = registry;
    }

    void print(String format, PrintStream out) {
        if (format.equals("json")) {
            List<Object> metrics = new ArrayList<>();
            for (MetricFactory factory : registry.factories()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", factory.id());
                entry.put("description", factory.description());
                entry.put("direction", factory.direction().name().toLowerCase());
                entry.put("shorthands", new ArrayList<>(factory.shorthands().keySet()));
                entry.put("contributor", registry.contributorOf(factory.id()).orElse(null));
                List<Object> parameters = new ArrayList<>();
                for (MetricParameter parameter : factory.parameters()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("name", parameter.name());
                    p.put("type", parameter.type());
                    p.put("default", parameter.defaultValue());
                    p.put("min", parameter.minimum());
                    p.put("max", parameter.maximum());
                    p.put("description", parameter.description());
                    if (parameter.isChoice()) {
                        p.put("choices", parameter.choices());
                    }
                    parameters.add(p);
                }
                entry.put("parameters", parameters);
                metrics.add(entry);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("paper_metrics", MetricRegistry.PAPER_METRICS);
            root.put("metrics", metrics);
            out.print(ResultsJson.write(root));
            return;
        }
        out.println("Metrics (the default list is the paper's: " + String.join(", ", MetricRegistry.PAPER_METRICS) + ")");
        for (MetricFactory factory : registry.factories()) {
            String direction = factory.direction().name().startsWith("HIGHER") ? "higher is more aligned"
                    : "lower is more aligned";
            out.printf("%n  %-14s %s (%s)%n", factory.id(), factory.description(), direction);
            for (MetricParameter parameter : factory.parameters()) {
                out.printf("      %s:%s=%s  %s%s%n", factory.id(), parameter.name(),
                        parameter.defaultValue() == null ? "(required)" : parameter.defaultValue(), parameter.description(),
                        parameter.isChoice() ? " (one of " + String.join(", ", parameter.choices()) + ")" : "");
            }
            if (!factory.shorthands().isEmpty()) {
                List<String> shorthands = new ArrayList<>();
                factory.shorthands().forEach((name, parameters) -> shorthands.add(name + " = " + parameters));
                out.println("      shorthands: " + String.join(", ", shorthands));
            }
        }
    }
}
