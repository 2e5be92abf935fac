package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.RANGE;

import java.util.List;

import org.repalign.model.DictionaryKind;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/** Checks of RepAlign's synthetic generator: its knobs in the generator's ranges. */
final class SyntheticChecks {

    private final ValidationRun run;

    SyntheticChecks(ValidationRun run) {
        this.run = run;
    }

    void synthetic(SyntheticData data) {
        if (data.getItems() < 2) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__ITEMS, data.getItems() + " must be at least 2");
        }
        if (data.getAttributes() < 1) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__ATTRIBUTES, data.getAttributes() + " must be at least 1");
        }
        if (data.getActivePerItem() < 1 || data.getActivePerItem() > Math.max(1, data.getAttributes())) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__ACTIVE_PER_ITEM, data.getActivePerItem()
                    + " must be in [1, attributes = " + data.getAttributes() + "]");
        }
        if (!(data.getCodeMagnitude() > 0) || Double.isInfinite(data.getCodeMagnitude())) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__CODE_MAGNITUDE, data.getCodeMagnitude()
                    + " must be finite and positive");
        }
        if (!(data.getCodeJitter() >= 0 && data.getCodeJitter() < 1)) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__CODE_JITTER, data.getCodeJitter() + " must be in [0, 1)");
        }
        if (!(data.getZipfExponent() >= 0) || Double.isInfinite(data.getZipfExponent())) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__ZIPF_EXPONENT, data.getZipfExponent()
                    + " must be finite and at least 0");
        }
        if (!(data.getTopFrequency() > 0) || Double.isInfinite(data.getTopFrequency())) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__TOP_FREQUENCY, data.getTopFrequency()
                    + " must be finite and positive");
        }
        if (!(data.getAttributeLabelNoise() >= 0 && data.getAttributeLabelNoise() < 1)) {
            run.error(RANGE, data, Literals.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE, data.getAttributeLabelNoise()
                    + " must be in [0, 1)");
        }
    }

    void syntheticModel(SyntheticModel model) {
        SyntheticData data = model.eContainer() instanceof SyntheticData d ? d : null;
        run.id(model, Literals.SYNTHETIC_MODEL__ID, model.getId(),
                data == null ? List.of() : data.getModels().stream().map(SyntheticModel::getId).toList(), "models");
        int d = model.getDimension();
        if (d < 2) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__DIMENSION, d + " must be at least 2");
        }
        if (!(model.getBiasNorm() >= 0) || Double.isInfinite(model.getBiasNorm())) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__BIAS_NORM, model.getBiasNorm() + " must be finite and at least 0");
        }
        if (!(model.getNoiseScale() >= 0) || Double.isInfinite(model.getNoiseScale())) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__NOISE_SCALE, model.getNoiseScale()
                    + " must be finite and at least 0");
        }
        if (!(model.getNoiseExponent() >= 0) || Double.isInfinite(model.getNoiseExponent())) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__NOISE_EXPONENT, model.getNoiseExponent()
                    + " must be finite and at least 0");
        }
        if (model.getAnisotropicDimensions() < 0 || model.getAnisotropicDimensions() > d) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS, model.getAnisotropicDimensions()
                    + " must be in [0, dimension = " + d + "]");
        }
        if (!(model.getAnisotropyScale() > 0) || Double.isInfinite(model.getAnisotropyScale())) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__ANISOTROPY_SCALE, model.getAnisotropyScale()
                    + " must be finite and positive");
        }
        if (model.getDictionary() == DictionaryKind.ORTHONORMAL && data != null && data.getAttributes() > d) {
            run.error(RANGE, model, Literals.SYNTHETIC_MODEL__DICTIONARY, "orthonormal needs attributes ("
                    + data.getAttributes() + ") at most the dimension (" + d + ")");
        }
    }

    
}
