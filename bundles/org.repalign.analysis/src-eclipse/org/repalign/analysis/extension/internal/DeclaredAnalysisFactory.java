package org.repalign.analysis.extension.internal;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.compute.metrics.MetricParameter;

/** An analysis as its {@code plugin.xml} declares it: id, name, settings and tables from the declaration. */
final class DeclaredAnalysisFactory implements AnalysisFactory {

    private final String id;
    private final String name;
    private final List<MetricParameter> settings;
    private final List<String> tables;
    private final AnalysisFactory implementation;

    DeclaredAnalysisFactory(String id, String name, List<MetricParameter> settings, List<String> tables,
            AnalysisFactory implementation) {
        this.id = id;
        this.name = name;
        this.settings = settings;
        this.tables = tables;
        this.implementation = implementation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<MetricParameter> settings() {
        return settings;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public void validate(Map<String, String> values) {
        implementation.validate(values);
    }

    @Override
    public Analysis create(Map<String, String> values) {
        return implementation.create(values);
    }

    @Override
    public int weight() {
        return implementation.weight();
    }
}
