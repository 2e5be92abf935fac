package org.repalign.scenario.tests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.repalign.testing.ui.Screenshots;

/**
 * A picture of the screen at each step of a scenario, as the person sees it (dialogs included),
 * numbered in order, in {@code target/scenario/} (kept as a CI artefact).
 */
final class StepPictures {

    private final Path folder;
    private int step;

    /**
     * @param name the scenario's name, a subfolder
     * @throws IOException when the folder cannot be made
     */
    StepPictures(String name) throws IOException {
        folder = Files.createDirectories(Path.of("target", "scenario", name));
        // only this run's pictures
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "*.png")) {
            for (Path picture : old) {
                Files.delete(picture);
            }
        }
    }

    /**
     * Pictures the area of a shell; call on the UI thread.
     *
     * @param shell the workbench window's shell
     * @param name  what the step shows
     * @return the file written
     */
    Path take(Shell shell, String name) {
        step++;
        return Screenshots.ofShell(shell, folder.resolve(String.format("%02d-%s.png", step, name)));
    }
}
