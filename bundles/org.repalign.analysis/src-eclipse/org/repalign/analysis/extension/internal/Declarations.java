package org.repalign.analysis.extension.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.repalign.compute.metrics.MetricParameter;

/** Reads the parts that several extension points share. */
final class Declarations {

    private Declarations() {
    }

    /**
     * @param registry the extension registry
     * @param point    an extension point id
     * @return its configuration elements, ordered by contributing bundle and then as declared
     */
    static List<IConfigurationElement> elements(IExtensionRegistry registry, String point) {
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(point)));
        elements.sort(Comparator.comparing(Declarations::contributor));
        return elements;
    }

    static String contributor(IConfigurationElement element) {
        return element.getContributor().getName();
    }

    /**
     * Reads {@code <parameter name type default min max description/>} children.
     *
     * @param element the contribution
     * @param child   the child element name
     * @return the parameters, as declared
     * @throws IllegalArgumentException naming the parameter whose range is not a number
     */
    static List<MetricParameter> parameters(IConfigurationElement element, String child) {
        List<MetricParameter> parameters = new ArrayList<>();
        for (IConfigurationElement parameter : element.getChildren(child)) {
            String name = parameter.getAttribute("name");
            parameters.add(new MetricParameter(name, parameter.getAttribute("type"), parameter.getAttribute("default"),
                    bound(parameter, "min", Double.NEGATIVE_INFINITY, name),
                    bound(parameter, "max", Double.POSITIVE_INFINITY, name),
                    orEmpty(parameter.getAttribute("description"))));
        }
        return List.copyOf(parameters);
    }

    private static double bound(IConfigurationElement parameter, String attribute, double fallback, String name) {
        String text = parameter.getAttribute(attribute);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "': " + attribute + " '" + text
                    + "' is not a number");
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
