package org.repalign.compute.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.runtime.ComputeEnvironment;
import org.repalign.compute.runtime.Nd4jRuntime;

class Nd4jRuntimeTest {

    @Test
    void nativeCpuBackendWithOpenBlasIsLoaded() {
        ComputeEnvironment environment = Nd4jRuntime.environment();
        assertEquals("org.nd4j.linalg.cpu.nativecpu.CpuBackend", environment.backendClass());
        assertEquals("OPENBLAS", environment.blasVendor());
        assertTrue(environment.blasThreads() >= 1, "BLAS threads: " + environment.blasThreads());
        assertEquals("1.0.0-M2.1", environment.nd4jVersion());
        assertTrue(environment.toMap().containsKey("backend"));
    }

    @Test
    void aBlasThreadCountSetBeforeNd4jStartsIsKeptWhenItStarts() {
        int before = Nd4jRuntime.environment().blasThreads();
        int other = before == 1 ? 2 : 1;
        try {
            Nd4jRuntime.setBlasThreads(other);
            assertEquals(other, Nd4jRuntime.environment().blasThreads());
            Nd4jRuntime.ensureInitialized(); // ND4J sets its own count when it starts
            assertEquals(other, Nd4jRuntime.environment().blasThreads());
            assertEquals(other, Nd4j.factory().blas().getMaxThreads(),
                    "ND4J sees the same library setting");
        } finally {
            Nd4jRuntime.setBlasThreads(before);
        }
    }
}
