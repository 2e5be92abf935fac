package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.SAE;
import static org.repalign.model.validation.ExperimentValidator.blank;

import java.util.OptionalInt;

import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.SaeSettings;

/** Checks of the SAE settings, and of their fit to the rows when an analysis needs SAE codes. */
final class SaeChecks {

    private final ValidationRun run;

    SaeChecks(ValidationRun run) {
        this.run = run;
    }

    void sae(SaeSettings sae) {
        int latents = sae.getLatents();
        int k = sae.getK();
        if (latents < 1) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__LATENTS, latents + " must be at least 1");
        }
        if (k < 1) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__K, k + " must be at least 1");
        } else if (latents >= 1 && k >= latents) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__K, k + " must be smaller than latents (" + latents + ")");
        } else if (latents >= 1 && 3L * k >= latents) {
            run.warning(SAE, sae, Literals.SAE_SETTINGS__K, k + ": 3k is at least latents (" + latents
                    + "); the paper skips such SAEs");
        }
        if (sae.getSteps() < 1) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__STEPS, sae.getSteps() + " must be at least 1");
        }
        if (sae.getBatchSize() < 1) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__BATCH_SIZE, sae.getBatchSize() + " must be at least 1");
        }
        if (!(sae.getLearningRate() > 0) || Double.isInfinite(sae.getLearningRate())) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__LEARNING_RATE, sae.getLearningRate() + " must be finite and positive");
        }
        double lower = sae.getTruncationLower();
        double upper = sae.getTruncationUpper();
        if (!(lower >= 0 && lower <= 1)) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_LOWER, lower + " must be in [0, 1]");
        } else if (!(upper >= 0 && upper <= 1)) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_UPPER, upper + " must be in [0, 1]");
        } else if (lower >= upper) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_LOWER,
                    lower + " must be smaller than truncationUpper (" + upper + ")");
        }
        if (blank(sae.getArchitecture())) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__ARCHITECTURE, "is empty");
        }
        if (blank(sae.getRecipe())) {
            run.error(SAE, sae, Literals.SAE_SETTINGS__RECIPE, "is empty");
        }
        Experiment experiment = ValidationRun.experimentOf(sae);
        OptionalInt rows = experiment == null || !trainsSae(experiment) ? OptionalInt.empty() : run.itemBound(experiment);
        if (rows.isPresent()) {
            int n = rows.getAsInt();
            if (sae.getBatchSize() > n) {
                run.warning(SAE, sae, Literals.SAE_SETTINGS__BATCH_SIZE, sae.getBatchSize() + " is larger than the "
                        + n + " " + run.itemsWord(experiment) + "; every step draws rows again");
            }
            if (latents > 2L * n) {
                run.warning(SAE, sae, Literals.SAE_SETTINGS__LATENTS, latents + " is more than twice the " + n + " "
                        + run.itemsWord(experiment) + "; such an SAE learns the rows by heart");
            }
        }
    }

    /** Whether an enabled analysis needs SAE codes, so that an SAE is trained per source. */
    private boolean trainsSae(Experiment experiment) {
        for (Analysis analysis : experiment.getAnalyses()) {
            if (analysis.isEnabled() && run.analyses().analysis(analysis)
                    .map(declared -> declared.needs().contains(AnalysisCatalog.Need.SAE_CODES)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    
}
