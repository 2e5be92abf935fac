package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.PROTOCOL;

import java.util.OptionalInt;

import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.Protocol;

/** Checks of the subsampling protocol against the items. */
final class ProtocolChecks {

    private final ValidationRun run;

    ProtocolChecks(ValidationRun run) {
        this.run = run;
    }

    void protocol(Protocol protocol) {
        if (protocol.getSubsamples() < 0) {
            run.error(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLES, protocol.getSubsamples() + " must be at least 0");
        }
        if (protocol.getSubsampleSize() < 2) {
            run.error(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLE_SIZE,
                    protocol.getSubsampleSize() + " must be at least 2");
        } else {
            Experiment experiment = ValidationRun.experimentOf(protocol);
            OptionalInt items = experiment == null ? OptionalInt.empty() : run.itemBound(experiment);
            if (protocol.getSubsamples() > 0 && items.isPresent() && protocol.getSubsampleSize() > items.getAsInt()) {
                run.warning(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLE_SIZE, protocol.getSubsampleSize()
                        + " is larger than the " + items.getAsInt() + " " + run.itemsWord(experiment)
                        + "; every subsample is all of them, so the subsamples do not differ");
            }
        }
        if (protocol.getPermutations() < 0) {
            run.error(PROTOCOL, protocol, Literals.PROTOCOL__PERMUTATIONS, protocol.getPermutations() + " must be at least 0");
        }
    }
}
