package org.repalign.launch.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The activity patterns of the launch bundle hide what RepAlign does not need from the debug UI
 * (debugging, profiling, the console) and keep everything that runs experiments: Run, Run As, Run
 * History, Run Configurations.
 */
class DebugLeftoverPatternsTest {

    private static final String ACTIVITY = "org.repalign.rcp.ideLeftovers";

    private static List<Pattern> patterns() {
        return Stream.of(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.activities"))
                .filter(e -> "org.repalign.launch".equals(e.getContributor().getName()))
                .filter(e -> "activityPatternBinding".equals(e.getName()))
                .filter(e -> ACTIVITY.equals(e.getAttribute("activityId")))
                .map((IConfigurationElement e) -> Pattern.compile(e.getAttribute("pattern"))).toList();
    }

    private static boolean hidden(String contribution) {
        return patterns().stream().anyMatch(p -> p.matcher(contribution).matches());
    }

    @Test
    void debuggingProfilingAndTheConsoleAreHidden() {
        for (String id : List.of("org.eclipse.debug.ui/org.eclipse.debug.ui.DebugPerspective",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.BreakpointView",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.VariableView",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.debugActionSet",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.breakpointActionSet",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.DebugDropDownAction",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.DebugWithConfigurationAction",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.DebugHistoryMenuAction",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.actions.OpenDebugConfigurations",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.actions.DebugLast",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.contextualLaunch.debug.submenu",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.contextualLaunch.profile.submenu",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.DebugPreferencePage",
                "org.eclipse.ui.console/org.eclipse.ui.console.ConsoleView",
                "org.eclipse.debug.core/org.eclipse.debug.core.groups.GroupLaunchConfigurationType")) {
            assertTrue(hidden(id), id + " is hidden in the RepAlign application");
        }
    }

    @Test
    void runningExperimentsStaysVisible() {
        for (String id : List.of("org.eclipse.debug.ui/org.eclipse.debug.ui.launchActionSet",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.RunDropDownAction",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.RunWithConfigurationAction",
                "org.eclipse.debug.ui/org.eclipse.debug.internal.ui.actions.RunHistoryMenuAction",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.actions.OpenRunConfigurations",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.actions.RunLast",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.contextualLaunch.run.submenu",
                "org.eclipse.debug.ui/org.eclipse.debug.ui.commands.RunLast",
                "org.repalign.launch/org.repalign.launch.experimentShortcut")) {
            assertFalse(hidden(id), id + " stays visible");
        }
    }
}
