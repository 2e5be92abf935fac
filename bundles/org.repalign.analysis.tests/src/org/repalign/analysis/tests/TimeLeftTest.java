package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.run.TimeLeft;

/** The estimate of the time left, on a clock the test moves by hand. */
class TimeLeftTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void timeLeftIsTheElapsedTimeScaledByTheShareLeft() {
        AtomicLong clock = new AtomicLong(50 * SECOND);
        TimeLeft estimate = new TimeLeft(clock::get);
        clock.addAndGet(10 * SECOND);
        assertEquals(10.0, estimate.elapsedSeconds(), 1e-12);
        // a quarter done in 10 s: three quarters left take 30 s
        assertEquals(30.0, estimate.secondsLeft(0.25).orElseThrow(), 1e-12);
        // 80 % done in 10 s: 2.5 s left
        assertEquals(2.5, estimate.secondsLeft(0.8).orElseThrow(), 1e-12);
        assertEquals(0.0, estimate.secondsLeft(1.0).orElseThrow(), 1e-12);
        clock.addAndGet(30 * SECOND);
        // half done after 40 s: 40 s left
        assertEquals(40.0, estimate.secondsLeft(0.5).orElseThrow(), 1e-12);
    }

    @Test
    void noEstimateOnTooLittleWorkOrTime() {
        AtomicLong clock = new AtomicLong();
        TimeLeft estimate = new TimeLeft(clock::get);
        clock.set(SECOND);
        assertTrue(estimate.secondsLeft(0.5).isEmpty(), "1 s is below the 2 s minimum");
        clock.set(100 * SECOND);
        assertTrue(estimate.secondsLeft(0.01).isEmpty(), "1 % is below the 2 % minimum");
        assertTrue(estimate.secondsLeft(0.0).isEmpty());
        assertTrue(estimate.secondsLeft(Double.NaN).isEmpty());
        assertEquals(4900.0, estimate.secondsLeft(0.02).orElseThrow(), 1e-9);
    }

    @Test
    void durationsAreSaidRounded() {
        assertEquals("about 0 s left", TimeLeft.format(0.2));
        assertEquals("about 42 s left", TimeLeft.format(41.6));
        assertEquals("about 1 min left", TimeLeft.format(61));
        assertEquals("about 2 min 30 s left", TimeLeft.format(147));
        assertEquals("about 9 min 50 s left", TimeLeft.format(594));
        assertEquals("about 25 min left", TimeLeft.format(25 * 60 + 20));
        assertEquals("about 1 h 05 min left", TimeLeft.format(65 * 60 + 10));
    }

    /** What a progress view sees: the step's name, then with the estimate once it can be made. */
    @Test
    void theRunnersMonitorAddsTheEstimateToTheStepName() throws Exception {
        AtomicLong clock = new AtomicLong();
        List<String> steps = new ArrayList<>();
        NullProgressMonitor view = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                steps.add(name);
            }
        };
        var constructor = Class.forName("org.repalign.analysis.run.TimeLeftMonitor")
                .getDeclaredConstructor(org.eclipse.core.runtime.IProgressMonitor.class, TimeLeft.class);
        constructor.setAccessible(true);
        var monitor = (org.eclipse.core.runtime.IProgressMonitor) constructor.newInstance(view,
                new TimeLeft(clock::get));
        // weights as the runner gives them: 10 for reading and writing, 30 and 60 for two analyses
        SubMonitor progress = SubMonitor.convert(monitor, "Running x", 100);
        progress.subTask("Reading the sources");
        assertEquals(List.of("Reading the sources"), steps);
        clock.set(5 * SECOND);
        progress.split(10).done();
        progress.subTask("Analysis bias");
        // 10 % in 5 s: 45 s left
        assertEquals("Analysis bias · about 45 s left", steps.get(steps.size() - 1));
        SubMonitor bias = progress.split(30);
        bias.setWorkRemaining(2);
        clock.set(20 * SECOND);
        bias.worked(1);
        // 25 % in 20 s: 60 s left
        assertEquals("Analysis bias · about 1 min left", steps.get(steps.size() - 1));
        int shown = steps.size();
        bias.worked(1);
        assertEquals("Analysis bias · about 30 s left", steps.get(steps.size() - 1));
        progress.subTask("Analysis probes");
        // 40 % in 20 s: 30 s left
        assertEquals("Analysis probes · about 30 s left", steps.get(steps.size() - 1));
        assertTrue(steps.size() > shown);
    }
}
