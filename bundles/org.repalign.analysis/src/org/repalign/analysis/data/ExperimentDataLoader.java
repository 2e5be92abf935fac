package org.repalign.analysis.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisNeed;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticRepresentation;
import org.repalign.compute.synth.SyntheticWorld;
import org.repalign.io.FiniteValueCheck;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationLayers;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.sidefiles.AttributeFile;
import org.repalign.io.sidefiles.FrequencyFile;
import org.repalign.io.sidefiles.ItemAlignment;
import org.repalign.io.sidefiles.ItemListFile;
import org.repalign.io.sidefiles.ItemSource;

/**
 * Loads the sources of a plan and brings them onto common items.
 *
 * <p><b>Files.</b> Each source is opened by its reader (memory-mapped where the format allows)
 * and checked for non-finite values. Item names come from the source's own item list, else the
 * experiment's item list, else the file itself (word vectors, CSV with names). When every source
 * has names, the sources are restricted to the items they all have, in the first source's order
 * ({@link ItemAlignment}); when none has, the sources must have equal row counts and items are
 * named by row number (0-based). Frequencies and attributes are matched by item name.
 *
 * <p><b>Layers.</b> A source holds layers when it is a folder of per-layer files, a 3-D array
 * or several tensors matched by its tensor name pattern ({@link RepresentationLayers}). The
 * analyses that take one matrix per source get the source's chosen layer
 * ({@link SourcePlan#layer()}, the last one by default); every layer of every source is checked
 * and kept (as views over the common items, {@link ExperimentData#layers()}) only when an
 * analysis of the plan needs them ({@link AnalysisNeed#LAYERS}).
 *
 * <p><b>Synthetic data.</b> With a generator, its models are the sources (ids = model names),
 * items, Zipf frequencies and attributes come from its world, and the ground truth is kept.
 */
public final class ExperimentDataLoader {

    private ExperimentDataLoader() {
    }

    /**
     * @param plan    the plan
     * @param monitor progress and cancellation
     * @return the aligned data
     * @throws ExperimentInputException with one line naming the file and the problem
     */
    public static ExperimentData load(ExperimentPlan plan, IProgressMonitor monitor) throws ExperimentInputException {
        return load(plan, needsLayers(plan), monitor);
    }

    /**
     * @param plan      the plan
     * @param allLayers whether every layer of every source is kept ({@link ExperimentData#layers()})
     * @param monitor   progress and cancellation
     * @return the aligned data
     * @throws ExperimentInputException with one line naming the file and the problem
     */
    public static ExperimentData load(ExperimentPlan plan, boolean allLayers, IProgressMonitor monitor)
            throws ExperimentInputException {
        if (plan.synthetic().isPresent()) {
            return synthetic(plan, plan.synthetic().get(), SubMonitor.convert(monitor, "Generating synthetic data", 1));
        }
        return files(plan, allLayers, SubMonitor.convert(monitor, "Reading sources", plan.sources().size() + 2));
    }

    /**
     * @param plan a plan
     * @return whether one of its analyses declares {@link AnalysisNeed#LAYERS}
     */
    public static boolean needsLayers(ExperimentPlan plan) {
        AnalysisRegistry registry = AnalysisRegistry.installed();
        for (AnalysisSettings analysis : plan.analyses()) {
            Optional<Contribution<AnalysisFactory>> contribution = registry.contribution(analysis.id());
            try {
                if (contribution.isPresent() && contribution.get().value().needs().contains(AnalysisNeed.LAYERS)) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a contribution whose declarations cannot be read is reported by the registry
            }
        }
        return false;
    }

    private static ExperimentData synthetic(ExperimentPlan plan, SyntheticGenerator generator, SubMonitor monitor)
            throws ExperimentInputException {
        Map<String, SourcePlan> byId = new HashMap<>();
        plan.sources().forEach(s -> byId.put(s.id(), s));
        SyntheticWorld world = generator.world();
        List<String> ids = new ArrayList<>();
        List<RowMatrix> matrices = new ArrayList<>();
        List<ModelProperties> properties = new ArrayList<>();
        List<Path> saeFolders = new ArrayList<>();
        for (int m = 0; m < generator.models().size(); m++) {
            checkCanceled(monitor);
            SyntheticRepresentation representation = generator.represent(world, m);
            SourcePlan source = byId.get(representation.name());
            ids.add(representation.name());
            matrices.add(representation.matrix());
            ModelProperties known = source == null ? ModelProperties.UNKNOWN : source.properties();
            properties.add(known.withDefaultWidth(representation.matrix().columns()));
            saeFolders.add(source == null ? null : source.saeFolder());
        }
        for (String id : byId.keySet()) {
            if (!ids.contains(id)) {
                throw new ExperimentInputException("source '" + id + "': no synthetic model has this id (models: "
                        + String.join(", ", ids) + ")");
            }
        }
        // the attributes "file" of generated data: the codes' supports, with the generator's label noise
        Map<String, boolean[]> attributes = new LinkedHashMap<>();
        boolean[][] labels = generator.attributeLabels(world);
        for (int j = 0; j < labels.length; j++) {
            attributes.put(world.attributeNames().get(j), labels[j]);
        }
        monitor.worked(1);
        return new ExperimentData(ids, matrices, properties, saeFolders, world.itemNames(),
                Optional.of(world.frequencies()), attributes,
                List.of("synthetic data from RepAlign's own signal/bias/noise generator (seed " + generator.seed()
                        + "); not the paper's data"),
                Optional.of(world));
    }

    private static ExperimentData files(ExperimentPlan plan, boolean allLayers, SubMonitor monitor)
            throws ExperimentInputException {
        List<SourcePlan> sources = plan.sources();
        if (sources.size() < 2) {
            throw new ExperimentInputException("experiment '" + plan.name() + "': needs at least two sources, has "
                    + sources.size());
        }
        List<String> sharedItems = plan.itemsFile() == null ? null : readItems(plan.itemsFile());
        List<LayeredRepresentation> representations = new ArrayList<>();
        int[] chosen = new int[sources.size()];
        List<List<String>> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            SourcePlan source = sources.get(s);
            checkCanceled(monitor);
            monitor.subTask("Reading " + source.id());
            LayeredRepresentation representation = open(source);
            chosen[s] = chosenLayer(source, representation);
            requireFinite(source, representation, allLayers ? -1 : chosen[s]);
            representations.add(representation);
            if (representation.layerCount() > 1) {
                notes.add("source '" + source.id() + "': the analyses of one matrix per source use layer '"
                        + representation.layerNames().get(chosen[s]) + "' (" + chosen[s] + " of 0–"
                        + (representation.layerCount() - 1) + ")");
            }
            List<String> own = source.itemsFile() != null ? readItems(source.itemsFile())
                    : sharedItems != null ? sharedItems : representation.itemNames().orElse(null);
            if (own != null && own.size() != representation.rows()) {
                Path list = source.itemsFile() != null ? source.itemsFile() : plan.itemsFile();
                throw new ExperimentInputException("source '" + source.id() + "': "
                        + RepresentationFileException.displayName(source.file()) + " has "
                        + representation.rows() + " rows but "
                        + (list == null ? "its item names list " : RepresentationFileException.displayName(list) + " lists ")
                        + own.size() + " items");
            }
            names.add(own);
            monitor.worked(1);
        }
        List<String> items;
        List<RowMatrix> matrices = new ArrayList<>();
        List<List<RowMatrix>> layers = new ArrayList<>();
        boolean allNamed = names.stream().allMatch(n -> n != null);
        boolean noneNamed = names.stream().allMatch(n -> n == null);
        if (allNamed) {
            List<ItemSource> itemSources = new ArrayList<>();
            for (int s = 0; s < sources.size(); s++) {
                itemSources.add(new ItemSource(sources.get(s).file(), names.get(s)));
            }
            ItemAlignment alignment;
            try {
                alignment = ItemAlignment.align(itemSources);
            } catch (RepresentationFileException e) {
                throw new ExperimentInputException(e.getMessage(), e);
            }
            items = alignment.items();
            for (int s = 0; s < sources.size(); s++) {
                LayeredRepresentation representation = representations.get(s);
                matrices.add(alignment.select(s, representation.layer(chosen[s])));
                if (allLayers) {
                    List<RowMatrix> selected = new ArrayList<>();
                    for (RowMatrix layer : representation.layers()) {
                        selected.add(alignment.select(s, layer));
                    }
                    layers.add(selected);
                }
                if (alignment.droppedFrom(s) > 0) {
                    notes.add("source '" + sources.get(s).id() + "': " + alignment.droppedFrom(s)
                            + " items not in every source were dropped");
                }
            }
        } else if (noneNamed) {
            int rows = representations.get(0).rows();
            for (int s = 1; s < sources.size(); s++) {
                int other = representations.get(s).rows();
                if (other != rows) {
                    throw new ExperimentInputException("source '" + sources.get(s).id() + "': "
                            + RepresentationFileException.displayName(sources.get(s).file()) + " has " + other
                            + " rows but " + RepresentationFileException.displayName(sources.get(0).file()) + " has "
                            + rows + "; give item lists to pair rows by name");
                }
            }
            items = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                items.add(Integer.toString(i));
            }
            for (int s = 0; s < sources.size(); s++) {
                matrices.add(representations.get(s).layer(chosen[s]));
                if (allLayers) {
                    layers.add(representations.get(s).layers());
                }
            }
        } else {
            int unnamed = names.indexOf(null);
            throw new ExperimentInputException("source '" + sources.get(unnamed).id()
                    + "': has no item names while other sources have; give it an items file");
        }
        if (items.size() < 2) {
            throw new ExperimentInputException("experiment '" + plan.name() + "': the sources share " + items.size()
                    + " items; at least 2 are needed");
        }
        Optional<double[]> frequencies = Optional.empty();
        if (plan.frequenciesFile() != null) {
            frequencies = Optional.of(frequencies(plan.frequenciesFile(), items, notes));
        }
        monitor.worked(1);
        Map<String, boolean[]> attributes = new LinkedHashMap<>();
        if (plan.attributesFile() != null) {
            attributes = attributes(plan.attributesFile(), items, notes);
        }
        monitor.worked(1);
        List<ModelProperties> properties = new ArrayList<>();
        List<Path> saeFolders = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            properties.add(sources.get(s).properties().withDefaultWidth(matrices.get(s).columns()));
            saeFolders.add(sources.get(s).saeFolder());
        }
        Optional<SourceLayers> allOf = Optional.empty();
        if (allLayers) {
            allOf = Optional.of(new SourceLayers(representations.stream().map(LayeredRepresentation::layerNames)
                    .toList(), layers, chosen));
        }
        return new ExperimentData(sources.stream().map(SourcePlan::id).toList(), matrices, properties, saeFolders,
                items, frequencies, attributes, notes, Optional.empty(), allOf);
    }

    /**
     * Opens a source: its layers when it holds several ({@link RepresentationLayers}), else its
     * one matrix by its reader, as a representation of one layer.
     */
    private static LayeredRepresentation open(SourcePlan source) throws ExperimentInputException {
        if (source.file() == null) {
            throw new ExperimentInputException("source '" + source.id() + "': no file given");
        }
        try {
            if (RepresentationLayers.holdsLayers(source.file(), source.tensorName())) {
                return RepresentationLayers.open(source.file(), source.tensorName());
            }
            Representation representation;
            if (source.format() != null && !source.format().isBlank()) {
                RepresentationReader reader = RepresentationReaders.named(source.format())
                        .orElseThrow(() -> new ExperimentInputException("source '" + source.id() + "': unknown format '"
                                + source.format() + "'; known: " + String.join(", ", RepresentationReaders.installed()
                                        .stream().map(RepresentationReader::formatName).toList())));
                representation = RepresentationReaders.read(reader, source.file(), source.tensorName());
            } else {
                representation = RepresentationReaders.open(source.file(), source.tensorName());
            }
            return LayeredRepresentation.ofSingle(representation, source.tensorName());
        } catch (RepresentationFileException e) {
            throw new ExperimentInputException("source '" + source.id() + "': " + e.getMessage(), e);
        }
    }

    /** The layer a source chooses: its {@link SourcePlan#layer()}, else the last one. */
    private static int chosenLayer(SourcePlan source, LayeredRepresentation layers) throws ExperimentInputException {
        if (source.layer() == null) {
            return layers.layerCount() - 1;
        }
        try {
            return layers.indexOf(source.layer());
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("source '" + source.id() + "': "
                    + RepresentationFileException.displayName(source.file()) + " " + e.getMessage(), e);
        }
    }

    /** Checks the layer used for finite values, or every layer ({@code layer} −1). */
    private static void requireFinite(SourcePlan source, LayeredRepresentation layers, int layer)
            throws ExperimentInputException {
        try {
            if (layer < 0) {
                RepresentationLayers.requireFinite(layers);
            } else {
                FiniteValueCheck.requireFinite(layers.layerRepresentation(layer));
            }
        } catch (RepresentationFileException e) {
            String which = layer < 0 || layers.layerCount() == 1 ? ""
                    : "layer '" + layers.layerNames().get(layer) + "': ";
            throw new ExperimentInputException("source '" + source.id() + "': " + which + e.getMessage(), e);
        }
    }


    private static List<String> readItems(Path file) throws ExperimentInputException {
        try {
            return ItemListFile.read(file);
        } catch (RepresentationFileException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
    }

    private static double[] frequencies(Path file, List<String> items, List<String> notes)
            throws ExperimentInputException {
        Map<String, Double> values;
        try {
            values = FrequencyFile.readValues(file);
        } catch (RepresentationFileException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        double[] frequencies = new double[items.size()];
        int missing = 0;
        for (int i = 0; i < items.size(); i++) {
            Double value = values.get(items.get(i));
            frequencies[i] = value == null ? Double.NaN : value;
            missing += value == null ? 1 : 0;
        }
        if (missing == items.size()) {
            throw new ExperimentInputException(RepresentationFileException.displayName(file)
                    + ": none of the " + items.size() + " items has a frequency (item names do not match)");
        }
        if (missing > 0) {
            notes.add(RepresentationFileException.displayName(file) + ": " + missing
                    + " items have no frequency and are left out of the noise analysis");
        }
        return frequencies;
    }

    private static Map<String, boolean[]> attributes(Path file, List<String> items, List<String> notes)
            throws ExperimentInputException {
        Map<String, Set<String>> byItem;
        try {
            byItem = AttributeFile.read(file);
        } catch (RepresentationFileException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        Map<String, boolean[]> labels = new LinkedHashMap<>();
        int unlisted = 0;
        for (Set<String> attributes : byItem.values()) {
            for (String attribute : attributes) {
                labels.computeIfAbsent(attribute, a -> new boolean[items.size()]);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Set<String> attributes = byItem.get(items.get(i));
            if (attributes == null) {
                unlisted++;
                continue;
            }
            for (String attribute : attributes) {
                labels.get(attribute)[i] = true;
            }
        }
        if (unlisted == items.size()) {
            throw new ExperimentInputException(RepresentationFileException.displayName(file)
                    + ": none of the " + items.size() + " items is listed (item names do not match)");
        }
        if (unlisted > 0) {
            notes.add(RepresentationFileException.displayName(file) + ": " + unlisted
                    + " items are not listed and count as negatives for every attribute");
        }
        return labels;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
