package org.repalign.compute.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.runtime.MemoryBudget;
import org.repalign.compute.runtime.ResourceExhaustedException;
import org.repalign.compute.runtime.ResourceExhaustedException.Resource;
import org.repalign.compute.runtime.ResourceExhaustion;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;

/** Memory estimates refuse early, and exhausted resources are recognised whatever wraps them. */
class ResourceLimitsTest {

    @Test
    void sizesAreWrittenInPowersOf1024WithOneDecimal() {
        assertEquals("512 B", MemoryBudget.size(512));
        assertEquals("1.0 KB", MemoryBudget.size(1024));
        assertEquals("1.5 MB", MemoryBudget.size(3L << 19));
        assertEquals("16.0 GB", MemoryBudget.size(16L << 30));
    }

    @Test
    void anArrayLongerThanJavaAllowsIsRefusedWithTheCount() {
        ResourceExhaustedException e = assertThrows(ResourceExhaustedException.class,
                () -> MemoryBudget.arrayLength(3_000_000_000L, "the weights", "lower the latents"));
        assertEquals(Resource.MEMORY, e.resource());
        assertTrue(e.getMessage().contains("3,000,000,000") && e.getMessage().contains("lower the latents"),
                e.getMessage());
        assertEquals(1000, MemoryBudget.arrayLength(1000, "x", "y"));
    }

    @Test
    void aHeapRequestBeyondTheMaximumIsRefusedNamingTheHeapVariable() {
        long tooMuch = MemoryBudget.heapMax() * 2;
        ResourceExhaustedException e = assertThrows(ResourceExhaustedException.class,
                () -> MemoryBudget.requireHeap(tooMuch, "a test block", "ask for less"));
        assertTrue(e.getMessage().startsWith("a test block needs about " + MemoryBudget.size(tooMuch)), e.getMessage());
        assertTrue(e.getMessage().contains(MemoryBudget.HEAP_VARIABLE), e.getMessage());
        MemoryBudget.requireHeap(1024, "a small block", "nothing");
    }

    /** 2·10⁹ latents × 8 inputs overflowed an int before: now a clear refusal, before any allocation. */
    @Test
    void anSaeTooLargeForOneArrayIsRefusedBeforeAllocating() {
        DenseMatrix data = DenseMatrix.of(new double[][] { { 1, 2, 3, 4, 5, 6, 7, 8 }, { 2, 3, 4, 5, 6, 7, 8, 9 } });
        SaeTrainingConfig config = SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("topk").latents(2_000_000_000)
                .k(4).batchSize(2).steps(1).build();
        ResourceExhaustedException e = assertThrows(ResourceExhaustedException.class, () -> new SaeTrainer(data, config));
        assertTrue(e.getMessage().contains("2,000,000,000 latents") && e.getMessage().contains("16,000,000,000"),
                e.getMessage());
    }

    /** 1,000,000 latents × 768 inputs: 3·10¹⁰ bytes of parameters alone, more than a test JVM has. */
    @Test
    void anSaeLargerThanTheHeapIsRefusedWithItsEstimate() {
        SaeTrainingConfig config = SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("topk").latents(1_000_000)
                .k(32).batchSize(2048).steps(1).build();
        long estimate = SaeTrainer.memoryEstimate(10_000, 768, config);
        // four parameter sets of 2·768·10⁶ + 10⁶ + 768 floats, at least
        assertTrue(estimate >= 4L * 4 * (2L * 768 * 1_000_000 + 1_000_000 + 768), Long.toString(estimate));
        if (estimate > MemoryBudget.heapMax()) {
            ResourceExhaustedException e = assertThrows(ResourceExhaustedException.class,
                    () -> SaeTrainer.requireMemory(10_000, 768, config));
            assertTrue(e.getMessage().contains("needs about " + MemoryBudget.size(estimate)), e.getMessage());
        }
    }

    @Test
    void exhaustionIsFoundThroughWrappersAndOtherFailuresAreNot() {
        assertEquals(Resource.MEMORY, ResourceExhaustion.exhausted(new OutOfMemoryError("Java heap space")));
        assertEquals(Resource.MEMORY, ResourceExhaustion.exhausted(
                new IllegalStateException(new ExecutionException(new OutOfMemoryError("Java heap space")))));
        assertEquals(Resource.MEMORY, ResourceExhaustion.exhausted(new RuntimeException(
                "Cannot allocate new FloatPointer(1000000000): totalBytes = 2G, physicalBytes = 3G")));
        assertEquals(Resource.DISK, ResourceExhaustion.exhausted(
                new UncheckedIOException(new FileSystemException("/data/out", null, "No space left on device"))));
        assertEquals(Resource.DISK, ResourceExhaustion.exhausted(new IOException("No space left on device")));
        assertNull(ResourceExhaustion.exhausted(new IllegalArgumentException("k must be positive")));
        assertNull(ResourceExhaustion.exhausted(new IOException("permission denied")));
        String message = ResourceExhaustion.message(new OutOfMemoryError("Java heap space"), "metrics");
        assertTrue(message.contains("out of memory while running 'metrics'") && message.contains("Java heap space")
                && message.contains(MemoryBudget.HEAP_VARIABLE), message);
    }
}
