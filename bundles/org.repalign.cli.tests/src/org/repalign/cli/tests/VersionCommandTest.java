package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionCommandTest {

    @Test
    void textNamesTheFiveFacts() {
        CommandRunner result = CommandRunner.run("version");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("RepAlign      0.1.0"), result.out());
        assertTrue(result.out().contains("Java          " + System.getProperty("java.version")), result.out());
        assertTrue(result.out().contains("ND4J backend  org.nd4j.linalg.cpu.nativecpu.CpuBackend"), result.out());
        assertTrue(result.out().contains("BLAS vendor   OPENBLAS"), result.out());
        assertTrue(result.out().matches("(?s).*BLAS threads  [1-9][0-9]*\\R.*"), result.out());
    }

    @Test
    void jsonIsOneObjectOnStdout() {
        CommandRunner result = CommandRunner.run("version", "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        assertTrue(json.contains("\"backend\": \"org.nd4j.linalg.cpu.nativecpu.CpuBackend\""), json);
        assertTrue(json.contains("\"blas_vendor\": \"OPENBLAS\""), json);
        assertTrue(json.matches("(?s).*\"blas_threads\": [1-9][0-9]*.*"), json);
    }

    @Test
    void badFormatIsBadInput() {
        CommandRunner result = CommandRunner.run("version", "--format", "xml");
        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("--format") && result.err().contains("xml"), result.err());
    }
}
