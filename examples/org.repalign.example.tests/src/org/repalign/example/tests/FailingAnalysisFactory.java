package org.repalign.example.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.TableSchema;

/** Test contribution {@code failing}: an analysis whose run throws (listed in this fragment's META-INF/services). */
public final class FailingAnalysisFactory implements AnalysisFactory {

    /** For the service loader. */
    public FailingAnalysisFactory() {
    }

    @Override
    public String id() {
        return "failing";
    }

    @Override
    public String name() {
        return "Failing";
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of();
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        return new Analysis() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public AnalysisResult run(RunContext context, IProgressMonitor monitor) {
                throw new IllegalStateException("deliberate failure inside the analysis");
            }
        };
    }
}
