package org.repalign.analysis.extension.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.repalign.analysis.extension.ContributedExtensions;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.sae.SaeArchitecture;
import org.repalign.compute.sae.SaeArchitectures;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationReaders;

/**
 * Reads the four extension points of {@code org.repalign.analysis} and adds each contribution to
 * its plain-Java registry, named by the contributing bundle. The contributed class is created
 * here, once; a missing class, a declaration that does not parse or an id the class contradicts
 * is reported once through {@link ContributionProblems} (standard error) and the
 * contribution is skipped, remembering its id so that asking for it fails with the message.
 */
public final class ExtensionBridge {

    private final IExtensionRegistry registry;

    /** @param registry the extension registry */
    public ExtensionBridge(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /** Bridges metrics, readers, SAE architectures and analyses, in that order. */
    public void bridgeAll() {
        bridgeMetrics(MetricRegistry.installed());
        bridgeReaders();
        bridgeSaeArchitectures();
        bridgeAnalyses(AnalysisRegistry.installed());
    }

    /**
     * @param metrics the registry that receives the contributed metrics
     */
    public void bridgeMetrics(MetricRegistry metrics) {
        for (IConfigurationElement element : Declarations.elements(registry, ContributedExtensions.METRICS)) {
            String contributor = Declarations.contributor(element);
            String id = element.getAttribute("id");
            try {
                Direction direction = direction(element.getAttribute("direction"));
                MetricFactory implementation = create(element, MetricFactory.class);
                requireSameId(id, implementation.id(), "metric");
                metrics.contribute(new Contribution<>(new DeclaredMetricFactory(id, Declarations.orEmpty(
                        element.getAttribute("name")), direction, Declarations.parameters(element, "parameter"),
                        implementation), contributor));
            } catch (CoreException | RuntimeException | LinkageError e) {
                metrics.markBroken(id, contributor, "metric '" + id + "' skipped: " + problem(e));
            }
        }
    }

    private void bridgeReaders() {
        for (IConfigurationElement element : Declarations.elements(registry, ContributedExtensions.READERS)) {
            String contributor = Declarations.contributor(element);
            String format = element.getAttribute("format");
            try {
                RepresentationReader implementation = create(element, RepresentationReader.class);
                List<String> extensions = new ArrayList<>();
                String declared = element.getAttribute("extensions");
                if (declared != null) {
                    for (String extension : declared.split(",")) {
                        String trimmed = extension.strip().toLowerCase(Locale.ROOT);
                        if (!trimmed.isEmpty()) {
                            extensions.add(trimmed.startsWith(".") ? trimmed : "." + trimmed);
                        }
                    }
                }
                RepresentationReaders.contribute(new Contribution<>(new DeclaredReader(format, List.copyOf(extensions),
                        implementation), contributor));
            } catch (CoreException | RuntimeException | LinkageError e) {
                ContributionProblems.report(contributor, "reader '" + format + "' skipped: " + problem(e));
            }
        }
    }

    private void bridgeSaeArchitectures() {
        for (IConfigurationElement element : Declarations.elements(registry, ContributedExtensions.SAE_ARCHITECTURES)) {
            String contributor = Declarations.contributor(element);
            String id = element.getAttribute("id");
            try {
                SaeArchitecture implementation = create(element, SaeArchitecture.class);
                requireSameId(id, implementation.id(), "SAE architecture");
                SaeArchitectures.contribute(new Contribution<>(implementation, contributor));
            } catch (CoreException | RuntimeException | LinkageError e) {
                SaeArchitectures.markBroken(id, contributor, "SAE architecture '" + id + "' skipped: " + problem(e));
            }
        }
    }

    /**
     * @param analyses the registry that receives the contributed analyses
     */
    public void bridgeAnalyses(AnalysisRegistry analyses) {
        for (IConfigurationElement element : Declarations.elements(registry, ContributedExtensions.ANALYSES)) {
            String contributor = Declarations.contributor(element);
            String id = element.getAttribute("id");
            try {
                AnalysisFactory implementation = create(element, AnalysisFactory.class);
                requireSameId(id, implementation.id(), "analysis");
                List<String> tables = new ArrayList<>();
                for (IConfigurationElement table : element.getChildren("table")) {
                    tables.add(table.getAttribute("name"));
                }
                analyses.contribute(new Contribution<>(new DeclaredAnalysisFactory(id, Declarations.orEmpty(
                        element.getAttribute("name")), Declarations.parameters(element, "setting"), List.copyOf(tables),
                        implementation), contributor));
            } catch (CoreException | RuntimeException | LinkageError e) {
                analyses.markBroken(id, contributor, "analysis '" + id + "' skipped: " + problem(e));
            }
        }
    }

    private static <T> T create(IConfigurationElement element, Class<T> type) throws CoreException {
        Object created = element.createExecutableExtension("class");
        if (!type.isInstance(created)) {
            throw new IllegalArgumentException("class " + created.getClass().getName() + " is not a "
                    + type.getSimpleName());
        }
        return type.cast(created);
    }

    private static void requireSameId(String declared, String implemented, String kind) {
        if (declared == null || !declared.equals(implemented)) {
            throw new IllegalArgumentException("plugin.xml declares " + kind + " id '" + declared
                    + "' but the class says '" + implemented + "'");
        }
    }

    private static Direction direction(String text) {
        if ("higher".equals(text)) {
            return Direction.HIGHER_IS_BETTER;
        }
        if ("lower".equals(text)) {
            return Direction.LOWER_IS_BETTER;
        }
        throw new IllegalArgumentException("direction '" + text + "' is neither higher nor lower");
    }

    private static String problem(Throwable e) {
        if (e instanceof CoreException core) {
            String message = core.getStatus().getMessage();
            Throwable cause = core.getStatus().getException();
            return cause == null ? message : message + " (" + ServiceContributions.describe(cause) + ")";
        }
        return ServiceContributions.describe(e);
    }
}
