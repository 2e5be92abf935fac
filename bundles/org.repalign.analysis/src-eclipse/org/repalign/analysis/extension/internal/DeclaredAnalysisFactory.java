package org.repalign.analysis.extension.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisNeed;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.results.TableSchema;
import org.repalign.compute.metrics.MetricParameter;

/** An analysis as its {@code plugin.xml} declares it: id and name from the declaration, the rest from the implementation. */
final class DeclaredAnalysisFactory implements AnalysisFactory {

    private final String id;
    private final String name;
    private final AnalysisFactory implementation;

    DeclaredAnalysisFactory(String id, String name, List<MetricParameter> settings, List<String> tables,
            AnalysisFactory implementation) {
        this.id = id;
        this.name = name;
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
    public String description() {
        return implementation.description();
    }

    /** The implementation's typed declarations; those of plugin.xml name the same settings. */
    @Override
    public List<SettingDeclaration> settings() {
        return implementation.settings();
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return implementation.needs();
    }

    /** The implementation's table schemas; plugin.xml names the same tables. */
    @Override
    public List<TableSchema<?>> tables() {
        return implementation.tables();
    }

    @Override
    public int runOrder() {
        return implementation.runOrder();
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
