package org.repalign.editor.internal;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.repalign.model.MetricSetting;
import org.repalign.model.MetricSpecs;
import org.repalign.model.Source;
import org.repalign.model.SyntheticModel;

/**
 * Labels of sources (column 0: id, 1: file, 2: format or tensor), synthetic models (id,
 * dimension, bias and noise) and metrics (their metric text, as on the command line).
 */
public final class ExperimentLabelProvider extends LabelProvider implements ITableLabelProvider {

    @Override
    public String getText(Object element) {
        return getColumnText(element, 0);
    }

    @Override
    public Image getColumnImage(Object element, int columnIndex) {
        return null;
    }

    @Override
    public String getColumnText(Object element, int columnIndex) {
        if (element instanceof Source source) {
            return switch (columnIndex) {
                case 0 -> blankAs(source.getId(), "(no id)");
                case 1 -> blankAs(source.getFile(), "");
                default -> {
                    String tensor = blankAs(source.getTensorName(), blankAs(source.getFormat(), ""));
                    String layer = blankAs(source.getLayer(), "");
                    yield layer.isEmpty() ? tensor : (tensor.isEmpty() ? "" : tensor + " · ") + "layer " + layer.strip();
                }
            };
        }
        if (element instanceof SyntheticModel model) {
            return switch (columnIndex) {
                case 0 -> blankAs(model.getId(), "(no id)");
                case 1 -> Integer.toString(model.getDimension());
                default -> "bias " + model.getBiasNorm() + ", noise " + model.getNoiseScale();
            };
        }
        if (element instanceof MetricSetting metric) {
            return metric.getId() == null || metric.getId().isBlank() ? "(no id)" : MetricSpecs.toSpecText(metric);
        }
        return element == null ? "" : element.toString();
    }

    private static String blankAs(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
