package org.repalign.analysis.work;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the units a run computed and their seconds, per kind; safe to update from the thread
 * that submits batches (where {@link WorkProgress} is called).
 */
public final class WorkTally implements WorkProgress {

    private final Map<WorkKind, long[]> counts = new EnumMap<>(WorkKind.class);
    private final Map<WorkKind, double[]> seconds = new EnumMap<>(WorkKind.class);

    @Override
    public synchronized void unitDone(WorkUnit unit, double unitSeconds, int done, int total) {
        counts.computeIfAbsent(unit.kind(), k -> new long[1])[0]++;
        seconds.computeIfAbsent(unit.kind(), k -> new double[1])[0] += unitSeconds;
    }

    /** @return per kind id (in {@link WorkKind} order) the units computed, kinds without units left out */
    public synchronized Map<String, Object> countsJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        counts.forEach((kind, count) -> json.put(kind.id(), count[0]));
        return json;
    }

    /** @return per kind id the units' summed seconds (threads overlap: can exceed the wall time) */
    public synchronized Map<String, Object> secondsJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        seconds.forEach((kind, sum) -> json.put(kind.id(), sum[0]));
        return json;
    }
}
