package org.repalign.compute.metrics;

import java.util.List;

import org.repalign.compute.metrics.kernel.CkaFactory;
import org.repalign.compute.metrics.kernel.RbfCkaFactory;
import org.repalign.compute.metrics.kernel.SvccaFactory;
import org.repalign.compute.metrics.kernel.UnbiasedCkaFactory;
import org.repalign.compute.metrics.knn.CknnaFactory;
import org.repalign.compute.metrics.knn.CycleKnnFactory;
import org.repalign.compute.metrics.knn.KnnEditFactory;
import org.repalign.compute.metrics.knn.KnnEditSimilarityFactory;
import org.repalign.compute.metrics.knn.LcsKnnFactory;
import org.repalign.compute.metrics.knn.MutualKnnFactory;

/** The metrics that ship with RepAlign, in listing order. */
final class BuiltInMetrics {

    private BuiltInMetrics() {
    }

    static List<MetricFactory> factories() {
        return List.of(new CkaFactory(), new UnbiasedCkaFactory(), new SvccaFactory(), new MutualKnnFactory(),
                new KnnEditFactory(), new KnnEditSimilarityFactory(), new CknnaFactory(), new CycleKnnFactory(),
                new LcsKnnFactory(), new RbfCkaFactory());
    }
}
