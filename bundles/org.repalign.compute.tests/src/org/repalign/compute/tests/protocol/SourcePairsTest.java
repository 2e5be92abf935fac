package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.protocol.SourcePairs;

class SourcePairsTest {

    @Test
    void orderMatchesCombinations() {
        List<SourcePair> pairs = SourcePairs.all(4);
        assertEquals(List.of(new SourcePair(0, 1, 0), new SourcePair(0, 2, 1), new SourcePair(0, 3, 2),
                new SourcePair(1, 2, 3), new SourcePair(1, 3, 4), new SourcePair(2, 3, 5)), pairs);
    }

    @Test
    void thirtySourcesGive435PairsWithConsistentIndices() {
        List<SourcePair> pairs = SourcePairs.all(30);
        assertEquals(435, pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            SourcePair pair = pairs.get(k);
            assertEquals(k, pair.index());
            assertEquals(k, SourcePairs.indexOf(pair.first(), pair.second(), 30));
        }
        assertEquals(new SourcePair(28, 29, 434), pairs.get(434));
    }

    @Test
    void edgeCasesAndErrors() {
        assertEquals(0, SourcePairs.all(0).size());
        assertEquals(0, SourcePairs.all(1).size());
        assertThrows(IllegalArgumentException.class, () -> SourcePairs.indexOf(2, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> SourcePairs.indexOf(3, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> SourcePairs.indexOf(1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> SourcePairs.all(-1));
    }
}
