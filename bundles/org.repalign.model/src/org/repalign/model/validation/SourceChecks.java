package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.FILE;
import static org.repalign.model.validation.ExperimentValidator.LAYER;
import static org.repalign.model.validation.ExperimentValidator.ROWS;
import static org.repalign.model.validation.ExperimentValidator.TOO_FEW_SOURCES;
import static org.repalign.model.validation.ExperimentValidator.blank;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.Source;

/** Checks of the experiment as a whole and of its sources: files, ids, counts, rows against items. */
final class SourceChecks {

    private final ValidationRun run;

    SourceChecks(ValidationRun run) {
        this.run = run;
    }

    void experiment(Experiment experiment) {
        run.file(experiment, Literals.EXPERIMENT__ITEMS_FILE, experiment.getItemsFile(), false);
        run.file(experiment, Literals.EXPERIMENT__FREQUENCIES_FILE, experiment.getFrequenciesFile(), false);
        run.file(experiment, Literals.EXPERIMENT__ATTRIBUTES_FILE, experiment.getAttributesFile(), false);
        if (!experiment.getSources().isEmpty() || experiment.getSynthetic() == null) {
            int count = experiment.getSources().size();
            if (count < 2) {
                run.error(TOO_FEW_SOURCES, experiment, Literals.EXPERIMENT__SOURCES,
                        "has " + count + (count == 1 ? " source" : " sources") + "; at least 2 are needed");
            }
        } else {
            int count = experiment.getSynthetic().getModels().size();
            if (count < 2) {
                run.error(TOO_FEW_SOURCES, experiment, Literals.EXPERIMENT__SYNTHETIC,
                        "has " + count + (count == 1 ? " model" : " models")
                                + " and there are no sources; at least 2 are needed");
            }
        }
    }

    void source(Source source) {
        Experiment experiment = ValidationRun.experimentOf(source);
        run.id(source, Literals.SOURCE__ID, source.getId(),
                experiment == null ? List.of() : experiment.getSources().stream().map(Source::getId).toList(),
                "sources");
        Path file = null;
        if (blank(source.getFile())) {
            run.error(FILE, source, Literals.SOURCE__FILE, "is not set");
        } else {
            // a folder holds one file per layer
            file = run.fileOrFolder(source, Literals.SOURCE__FILE, source.getFile());
        }
        Path items = run.file(source, Literals.SOURCE__ITEMS_FILE, source.getItemsFile(), false);
        run.file(source, Literals.SOURCE__SAE_FOLDER, source.getSaeFolder(), true);
        if (file != null) {
            OptionalInt rows = run.shapes().rows(source, file);
            // a source's own item list that is set but unreadable has its own error: no count then
            OptionalInt expected = !blank(source.getItemsFile())
                    ? (items == null ? OptionalInt.empty() : run.lineCount(items))
                    : experiment == null ? OptionalInt.empty() : run.itemCount(experiment);
            if (rows.isPresent() && expected.isPresent() && rows.getAsInt() != expected.getAsInt()) {
                run.error(ROWS, source, Literals.SOURCE__FILE, "'" + source.getFile() + "' has " + rows.getAsInt()
                        + " rows but the items file lists " + expected.getAsInt() + " items");
            }
            layer(source, file);
        }
        run.positiveOrNull(source, Literals.SOURCE__PARAMETERS, source.getParameters());
        run.positiveOrNull(source, Literals.SOURCE__TRAINING_DATA_SIZE, source.getTrainingDataSize());
        run.positiveOrNull(source, Literals.SOURCE__DEPTH, source.getDepth());
        run.positiveOrNull(source, Literals.SOURCE__WIDTH, source.getWidth());
    }

    /** The layer, when set, must be one the file holds: a layer name or a 0-based index (negative from the end). */
    private void layer(Source source, Path file) {
        if (blank(source.getLayer())) {
            return;
        }
        Optional<List<String>> layers = run.shapes().layers(source, file);
        if (layers.isEmpty()) {
            return;
        }
        String layer = source.getLayer().strip();
        List<String> names = layers.get();
        if (names.contains(layer)) {
            return;
        }
        try {
            // a negative index counts from the end, as the run reads it
            int index = Integer.parseInt(layer);
            if (index >= -names.size() && index < names.size()) {
                return;
            }
        } catch (NumberFormatException e) {
            // not an index: not a layer
        }
        run.error(LAYER, source, Literals.SOURCE__LAYER, "'" + layer + "' is not a layer of '" + source.getFile()
                + "'; its " + names.size() + (names.size() == 1 ? " layer is " : " layers are ")
                + String.join(", ", names) + " (or an index 0 to " + (names.size() - 1) + ")");
    }
}
