package org.repalign.compute.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts about the numeric environment that every result records, so that a number can be
 * traced to the backend and the thread count that produced it.
 *
 * @param repalignVersion version of the compute bundle (or "development")
 * @param javaVersion     {@code java.version}
 * @param javaVendor      {@code java.vendor}
 * @param osName          {@code os.name} and {@code os.arch}
 * @param nd4jVersion     version of nd4j-api
 * @param backendClass    class name of the ND4J backend in use
 * @param blasVendor      BLAS library reported by the backend
 * @param blasThreads     threads the BLAS library may use
 * @param processors      processors available to the JVM
 */
public record ComputeEnvironment(String repalignVersion, String javaVersion, String javaVendor, String osName,
        String nd4jVersion, String backendClass, String blasVendor, int blasThreads, int processors) {

    /** @return the facts as an ordered map with stable snake_case keys */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("repalign_version", repalignVersion);
        map.put("java_version", javaVersion);
        map.put("java_vendor", javaVendor);
        map.put("os", osName);
        map.put("nd4j_version", nd4jVersion);
        map.put("backend", backendClass);
        map.put("blas_vendor", blasVendor);
        map.put("blas_threads", blasThreads);
        map.put("processors", processors);
        return map;
    }
}
