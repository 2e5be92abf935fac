package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.model.DictionaryKind;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.TieRule;

class DefaultsTest {

    private static final ExperimentFactory F = ExperimentFactory.eINSTANCE;

    @Test
    void experimentAndSource() {
        Experiment e = F.createExperiment();
        assertEquals(12345L, e.getSeed());
        assertTrue(e.getSources().isEmpty());
        assertTrue(e.getPreprocessing().isEmpty());
        assertNull(e.getProtocol());
        assertNull(e.getSae());
        assertNull(e.getSynthetic());
        Source s = F.createSource();
        assertNull(s.getFormat());
        assertNull(s.getParameters());
        assertNull(s.getDepth());
        assertNull(s.getWidth());
        assertNull(s.getTrainingDataSize());
        assertNull(s.getYear());
    }

    @Test
    void protocolAndSae() {
        Protocol p = F.createProtocol();
        assertEquals(10, p.getSubsamples());
        assertEquals(1000, p.getSubsampleSize());
        assertEquals(10, p.getPermutations());
        assertEquals(TieRule.RANDOM, p.getTieRule());
        SaeSettings sae = F.createSaeSettings();
        assertEquals("topk", sae.getArchitecture());
        assertEquals("l2prh", sae.getRecipe());
        assertEquals(4096, sae.getLatents());
        assertEquals(32, sae.getK());
        assertEquals(2000, sae.getSteps());
        assertEquals(1024, sae.getBatchSize());
        assertEquals(4e-4, sae.getLearningRate());
        assertEquals(1e-5, sae.getTruncationLower());
        assertEquals(0.1, sae.getTruncationUpper());
    }

    @Test
    void analyses() {
        assertTrue(F.createSignalAnalysis().isEnabled());
        assertTrue(F.createBiasAnalysis().isEnabled());
        FeatureMatchingAnalysis matching = F.createFeatureMatchingAnalysis();
        assertEquals(10, matching.getPermutations());
        assertTrue(matching.isBinary());
        NoiseAnalysis noise = F.createNoiseAnalysis();
        assertEquals(500, noise.getWindowSize());
        assertEquals(250, noise.getStride());
        assertEquals(10, noise.getWindows());
        assertFalse(noise.isExcludeSameFamily());
        assertEquals(PreprocessingMode.CENTERED, noise.getPreprocessing());
        MetaAnalysis meta = F.createMetaAnalysis();
        assertTrue(meta.getLambdas().isEmpty());
        assertEquals(PreprocessingMode.CENTERED, meta.getPreprocessing());
        ProbeAnalysis probe = F.createProbeAnalysis();
        assertEquals(5, probe.getFolds());
        assertEquals(1.0, probe.getL2());
        assertEquals(10, probe.getMinPositives());
    }

    @Test
    void syntheticDataMirrorsTheGenerator() {
        // the values of SyntheticGenerator.DEFAULT_* / EXAMPLE_SEED and SyntheticModelSpec.of
        SyntheticData data = F.createSyntheticData();
        assertEquals(20260522L, data.getSeed());
        assertEquals(400, data.getItems());
        assertEquals(160, data.getAttributes());
        assertEquals(6, data.getActivePerItem());
        assertEquals(1.0, data.getCodeMagnitude());
        assertEquals(0.25, data.getCodeJitter());
        assertEquals(1.0, data.getZipfExponent());
        assertEquals(1000.0, data.getTopFrequency());
        assertEquals(0.0, data.getAttributeLabelNoise(), "the labels are the codes' supports");
        SyntheticModel model = F.createSyntheticModel();
        assertEquals(64, model.getDimension());
        assertEquals(DictionaryKind.RANDOM, model.getDictionary());
        assertNull(model.getDictionarySeed());
        assertEquals(0.0, model.getBiasNorm());
        assertEquals(0.0, model.getNoiseScale());
        assertEquals(0.5, model.getNoiseExponent(), "noise s.d. ∝ f^−½, the generator before the exponent");
        assertEquals(0, model.getAnisotropicDimensions());
        assertEquals(1.0, model.getAnisotropyScale());
    }

    @Test
    void enumLiteralsAreTheLowercaseNames() {
        assertEquals(List.of("none", "raw", "centered", "clamp"),
                PreprocessingMode.VALUES.stream().map(PreprocessingMode::getLiteral).toList());
        assertEquals(List.of("random", "index"), TieRule.VALUES.stream().map(TieRule::getLiteral).toList());
        assertEquals(List.of("random", "orthonormal"),
                DictionaryKind.VALUES.stream().map(DictionaryKind::getLiteral).toList());
    }
}
