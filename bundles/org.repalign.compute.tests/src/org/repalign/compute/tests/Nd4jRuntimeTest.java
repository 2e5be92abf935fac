package org.repalign.compute.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
}
