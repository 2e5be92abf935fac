package org.repalign.model.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.repalign.model.AnalysisSetting;
import org.repalign.model.BiasAnalysis;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.DictionaryKind;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.SignalAnalysis;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.TieRule;

/** Builds the experiments the tests use. */
final class Experiments {

    static final ExperimentFactory F = ExperimentFactory.eINSTANCE;

    private Experiments() {
    }

    /** An experiment with every attribute of every class set to a value other than its default. */
    static Experiment full() {
        Experiment e = F.createExperiment();
        e.setName("full");
        e.setDescription("every field — with non-ASCII text: ü, λ, 表");
        e.setSeed(-7L);
        e.setItemsFile("items.txt");
        e.setFrequenciesFile("freq.tsv");
        e.setAttributesFile("/abs/attributes.tsv");
        e.getPreprocessing().add(PreprocessingMode.RAW);
        e.getPreprocessing().add(PreprocessingMode.CLAMP);
        e.getSources().add(source("llama", 1));
        e.getSources().add(source("clip", 2));
        MetricSetting knn = F.createMetricSetting();
        knn.setId("mutual_knn");
        knn.getParameters().add(parameter("k", "25"));
        knn.getParameters().add(parameter("ties", "index"));
        e.getMetrics().add(knn);
        Protocol protocol = F.createProtocol();
        protocol.setSubsamples(3);
        protocol.setSubsampleSize(500);
        protocol.setPermutations(20);
        protocol.setTieRule(TieRule.INDEX);
        e.setProtocol(protocol);
        SaeSettings sae = F.createSaeSettings();
        sae.setArchitecture("batchtopk");
        sae.setRecipe("gao");
        sae.setLatents(8192);
        sae.setK(64);
        sae.setSteps(10);
        sae.setBatchSize(256);
        sae.setLearningRate(1e-3);
        sae.setTruncationLower(1e-4);
        sae.setTruncationUpper(0.2);
        e.setSae(sae);
        SignalAnalysis signal = F.createSignalAnalysis();
        signal.setEnabled(false);
        e.getAnalyses().add(signal);
        FeatureMatchingAnalysis matching = F.createFeatureMatchingAnalysis();
        matching.setEnabled(false);
        matching.setPermutations(3);
        matching.setBinary(false);
        e.getAnalyses().add(matching);
        BiasAnalysis bias = F.createBiasAnalysis();
        bias.setEnabled(false);
        e.getAnalyses().add(bias);
        NoiseAnalysis noise = F.createNoiseAnalysis();
        noise.setEnabled(false);
        noise.setWindowSize(50);
        noise.setStride(25);
        noise.setWindows(4);
        noise.setExcludeSameFamily(true);
        noise.setPreprocessing(PreprocessingMode.RAW);
        e.getAnalyses().add(noise);
        MetaAnalysis meta = F.createMetaAnalysis();
        meta.setEnabled(false);
        meta.getLambdas().add(0.5);
        meta.getLambdas().add(2.0);
        meta.setPreprocessing(PreprocessingMode.NONE);
        e.getAnalyses().add(meta);
        ProbeAnalysis probe = F.createProbeAnalysis();
        probe.setEnabled(false);
        probe.setFolds(3);
        probe.setL2(0.25);
        probe.setMinPositives(4);
        e.getAnalyses().add(probe);
        ContributedAnalysis contributed = F.createContributedAnalysis();
        contributed.setEnabled(false);
        contributed.setAnalysisId("dimension");
        AnalysisSetting rows = F.createAnalysisSetting();
        rows.setName("rows");
        rows.setValue("500");
        contributed.getSettings().add(rows);
        e.getAnalyses().add(contributed);
        SyntheticData synthetic = F.createSyntheticData();
        synthetic.setSeed(99L);
        synthetic.setItems(300);
        synthetic.setAttributes(40);
        synthetic.setActivePerItem(3);
        synthetic.setCodeMagnitude(2.0);
        synthetic.setCodeJitter(0.5);
        synthetic.setZipfExponent(1.5);
        synthetic.setTopFrequency(50.0);
        synthetic.setAttributeLabelNoise(0.2);
        synthetic.getModels().add(model("m1", 48));
        e.setSynthetic(synthetic);
        return e;
    }

    static Source source(String id, int n) {
        Source s = F.createSource();
        s.setId(id);
        s.setFile(id + ".npy");
        s.setFormat("npy");
        s.setTensorName("t" + n);
        s.setItemsFile(id + "-items.txt");
        s.setSaeFolder(id + "-sae");
        s.setFamily("family" + n);
        s.setModality(n == 1 ? "text" : "vision");
        s.setParameters(7.0e9 * n);
        s.setDepth(32 + n);
        s.setWidth(4096 * n);
        s.setTrainingDataSize(1.5e12);
        s.setYear(2020 + n);
        s.setLayer(n == 1 ? "blocks.11" : Integer.toString(n));
        return s;
    }

    static SyntheticModel model(String id, int dimension) {
        SyntheticModel m = F.createSyntheticModel();
        m.setId(id);
        m.setDimension(dimension);
        m.setDictionary(DictionaryKind.ORTHONORMAL);
        m.setDictionarySeed(5L);
        m.setBiasNorm(2.0);
        m.setNoiseScale(0.5);
        m.setNoiseExponent(0.75);
        m.setAnisotropicDimensions(4);
        m.setAnisotropyScale(3.0);
        m.setFamily("synthetic");
        m.setModality("none");
        return m;
    }

    static MetricParameter parameter(String name, String value) {
        MetricParameter p = F.createMetricParameter();
        p.setName(name);
        p.setValue(value);
        return p;
    }

    static MetricSetting metric(String id, String... nameValues) {
        MetricSetting m = F.createMetricSetting();
        m.setId(id);
        for (int i = 0; i < nameValues.length; i += 2) {
            m.getParameters().add(parameter(nameValues[i], nameValues[i + 1]));
        }
        return m;
    }

    static void lines(Path file, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("item").append(i).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
