package org.repalign.model;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__FREQUENCIES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ITEMS_FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__ITEMS_FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__SAE_FOLDER;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * The file paths an experiment holds, and how they change when the experiment file moves to
 * another folder (Save As). Relative paths are relative to the experiment file's folder, so a
 * copy saved elsewhere must rewrite them to keep pointing at the same files.
 *
 * <p>The rule: a path that was absolute stays as written. A relative one is resolved against the
 * old folder and written relative to the new folder when that needs at most
 * {@value #MAX_PARENT_STEPS} {@code ..} steps (a sibling or cousin folder, so that a study
 * folder moved as a whole keeps working), otherwise absolute.
 */
public final class ExperimentPaths {

    /** Most {@code ..} steps a rewritten relative path may start with. */
    public static final int MAX_PARENT_STEPS = 2;

    /** The path features of the experiment and of each source, in display order. */
    public static final List<EAttribute> PATH_FEATURES = List.of(EXPERIMENT__ITEMS_FILE, EXPERIMENT__FREQUENCIES_FILE,
            EXPERIMENT__ATTRIBUTES_FILE, SOURCE__FILE, SOURCE__ITEMS_FILE, SOURCE__SAE_FOLDER);

    /**
     * One path value to rewrite.
     *
     * @param owner   the experiment or a source
     * @param feature one of {@link #PATH_FEATURES}
     * @param value   the new text of the path
     */
    public record Change(EObject owner, EAttribute feature, String value) {
    }

    private ExperimentPaths() {
    }

    /**
     * Lists the rewrites that keep the experiment's relative paths pointing at the same files
     * when its file moves from one folder to another. Unset and absolute paths need none, nor
     * paths that read the same from both folders. Paths that are not valid paths on this system
     * are left as they are (the validator reports them).
     *
     * @param experiment the experiment
     * @param fromFolder the folder of the file it was loaded from
     * @param toFolder   the folder it will be saved in
     * @return the changes, experiment paths first, then each source's in order
     */
    public static List<Change> rebase(Experiment experiment, Path fromFolder, Path toFolder) {
        Path from = fromFolder.toAbsolutePath().normalize();
        Path to = toFolder.toAbsolutePath().normalize();
        List<Change> changes = new ArrayList<>();
        List<EObject> owners = new ArrayList<>();
        owners.add(experiment);
        owners.addAll(experiment.getSources());
        for (EObject owner : owners) {
            for (EAttribute feature : PATH_FEATURES) {
                if (!feature.getEContainingClass().isInstance(owner)) {
                    continue;
                }
                String value = (String) owner.eGet(feature);
                String rebased = rebase(value, from, to);
                if (rebased != null && !rebased.equals(value)) {
                    changes.add(new Change(owner, feature, rebased));
                }
            }
        }
        return changes;
    }

    /**
     * @param value a path as written in the experiment, or {@code null}
     * @param from  the old folder, absolute and normalized
     * @param to    the new folder, absolute and normalized
     * @return the path to write for the new folder, or {@code null} when it stays as it is
     */
    static String rebase(String value, Path from, Path to) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (InvalidPathException e) {
            return null;
        }
        if (path.isAbsolute()) {
            return null;
        }
        Path target = from.resolve(path).normalize();
        Path relative;
        try {
            relative = to.relativize(target);
        } catch (IllegalArgumentException e) {
            // another root (a second drive or share): no relative path exists
            return target.toString();
        }
        int parents = 0;
        for (Path part : relative) {
            if (!part.toString().equals("..")) {
                break;
            }
            parents++;
        }
        if (relative.toString().isEmpty()) {
            return ".";
        }
        return parents <= MAX_PARENT_STEPS ? relative.toString() : target.toString();
    }
}
