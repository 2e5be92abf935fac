package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkFailedException;
import org.repalign.analysis.work.WorkProgress;
import org.repalign.analysis.work.WorkUnit;

/** The local executor: results in unit order, progress on the caller, failures by unit, cancellation. */
class LocalExecutorTest {

    private static List<WorkUnit> windows(int count) {
        return IntStream.range(0, count).mapToObj(w -> WorkUnit.frequencyWindow("noise", 0, "centered", w)).toList();
    }

    @Test
    void resultsComeBackInUnitOrderWhateverOrderTheyFinishIn() throws Exception {
        List<WorkUnit> units = windows(6);
        List<Integer> finishOrder = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        List<Integer> done = new ArrayList<>();
        List<Integer> results = new LocalExecutor(3).run(units, (unit, canceled) -> {
            // later units finish first
            Thread.sleep(40L * (units.size() - unit.index()));
            finishOrder.add(unit.index());
            return unit.index() * unit.index();
        }, (unit, seconds, count, total) -> {
            assertSame(caller, Thread.currentThread(), "progress on the calling thread");
            assertEquals(6, total);
            assertTrue(seconds >= 0, "seconds " + seconds);
            done.add(count);
        }, () -> false);
        assertEquals(List.of(0, 1, 4, 9, 16, 25), results);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), done);
        // units 0, 1 and 2 start together; 2 sleeps least
        assertTrue(finishOrder.indexOf(2) < finishOrder.indexOf(0), "ran in parallel: " + finishOrder);
    }

    @Test
    void oneThreadRunsUnitsInOrderOnTheCallingThread() throws Exception {
        List<WorkUnit> units = windows(5);
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        List<String> results = LocalExecutor.sequential().run(units, (unit, canceled) -> {
            assertSame(caller, Thread.currentThread());
            order.add(unit.index());
            return "w" + unit.index();
        }, WorkProgress.NONE, () -> false);
        assertEquals(List.of(0, 1, 2, 3, 4), order);
        assertEquals(List.of("w0", "w1", "w2", "w3", "w4"), results);
    }

    @Test
    void aFailedUnitIsReportedWithItsIdentity() {
        List<WorkUnit> units = windows(4);
        IllegalStateException cause = new IllegalStateException("window too small");
        for (int threads : new int[] {1, 2}) {
            WorkFailedException failed = assertThrows(WorkFailedException.class,
                    () -> new LocalExecutor(threads).run(units, (unit, canceled) -> {
                        if (unit.index() == 2) {
                            throw cause;
                        }
                        return unit.index();
                    }, WorkProgress.NONE, () -> false));
            assertEquals(units.get(2), failed.unit(), threads + " threads");
            assertSame(cause, failed.getCause());
            assertTrue(failed.getMessage().contains("frequency_window noise pair 0 (centered) #2"),
                    failed.getMessage());
            assertTrue(failed.getMessage().contains("window too small"), failed.getMessage());
        }
    }

    @Test
    void whenSeveralFailTheFirstInUnitOrderIsReported() {
        List<WorkUnit> units = windows(4);
        CountDownLatch bothStarted = new CountDownLatch(2);
        WorkFailedException failed = assertThrows(WorkFailedException.class,
                () -> new LocalExecutor(2).run(units, (unit, canceled) -> {
                    bothStarted.countDown();
                    assertTrue(bothStarted.await(10, TimeUnit.SECONDS));
                    if (unit.index() == 0) {
                        // fails last
                        Thread.sleep(200);
                    }
                    throw new IllegalArgumentException("unit " + unit.index());
                }, WorkProgress.NONE, () -> false));
        assertEquals(units.get(0), failed.unit());
        assertEquals("unit 0", failed.getCause().getMessage());
    }

    @Test
    void cancellationStopsTheBatch() {
        for (int threads : new int[] {1, 2}) {
            List<WorkUnit> units = windows(50);
            AtomicInteger ran = new AtomicInteger();
            AtomicBoolean cancel = new AtomicBoolean();
            assertThrows(CancellationException.class,
                    () -> new LocalExecutor(threads).run(units, (unit, canceled) -> {
                        if (ran.incrementAndGet() == 3) {
                            cancel.set(true);
                        }
                        Thread.sleep(5);
                        return unit.index();
                    }, WorkProgress.NONE, cancel::get));
            assertTrue(ran.get() < units.size(), threads + " threads: " + ran.get() + " units ran after the cancel");
        }
    }

    @Test
    void aUnitSeesTheCancellation() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicBoolean seen = new AtomicBoolean();
        assertThrows(CancellationException.class,
                () -> new LocalExecutor(2).run(windows(2), (unit, canceled) -> {
                    cancel.set(true);
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!canceled.getAsBoolean() && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    seen.set(canceled.getAsBoolean());
                    throw new CancellationException();
                }, WorkProgress.NONE, cancel::get));
        assertTrue(seen.get(), "the unit's cancellation check answered true");
    }

    @Test
    void blasThreadsOfARunAreOneUnlessSet() {
        String before = System.getProperty(LocalExecutor.BLAS_THREADS_PROPERTY);
        try {
            System.clearProperty(LocalExecutor.BLAS_THREADS_PROPERTY);
            if (System.getenv(LocalExecutor.BLAS_THREADS_VARIABLE) == null) {
                assertEquals(1, LocalExecutor.configuredBlasThreads());
            }
            System.setProperty(LocalExecutor.BLAS_THREADS_PROPERTY, "2");
            assertEquals(2, LocalExecutor.configuredBlasThreads());
            System.setProperty(LocalExecutor.BLAS_THREADS_PROPERTY, "0");
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    LocalExecutor::configuredBlasThreads);
            assertTrue(bad.getMessage().contains(LocalExecutor.BLAS_THREADS_PROPERTY), bad.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(LocalExecutor.BLAS_THREADS_PROPERTY);
            } else {
                System.setProperty(LocalExecutor.BLAS_THREADS_PROPERTY, before);
            }
        }
    }

    @Test
    void threadsAreCheckedAndConfigured() {
        assertThrows(IllegalArgumentException.class, () -> new LocalExecutor(0));
        String before = System.getProperty(LocalExecutor.THREADS_PROPERTY);
        try {
            System.setProperty(LocalExecutor.THREADS_PROPERTY, "3");
            assertEquals(3, LocalExecutor.configured().threads());
            System.setProperty(LocalExecutor.THREADS_PROPERTY, "none");
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, LocalExecutor::configured);
            assertTrue(bad.getMessage().contains(LocalExecutor.THREADS_PROPERTY), bad.getMessage());
            System.clearProperty(LocalExecutor.THREADS_PROPERTY);
            if (System.getenv(LocalExecutor.THREADS_VARIABLE) == null) {
                assertEquals(Runtime.getRuntime().availableProcessors(), LocalExecutor.configuredThreads(),
                        "unset: the processors");
            }
        } finally {
            if (before == null) {
                System.clearProperty(LocalExecutor.THREADS_PROPERTY);
            } else {
                System.setProperty(LocalExecutor.THREADS_PROPERTY, before);
            }
        }
    }
}
