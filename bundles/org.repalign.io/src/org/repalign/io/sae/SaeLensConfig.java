package org.repalign.io.sae;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.JsonFields;
import org.repalign.io.internal.JsonParser;
import org.repalign.io.internal.JsonWriter;
import org.repalign.io.internal.MalformedContentException;

/**
 * The content of an SAE folder's {@code cfg.json}, in the layout SAELens 6 writes
 * ({@code SAEConfig.to_dict}) and reads ({@code SAE.load_from_disk}):
 * <ul>
 * <li>top level: {@code architecture} ({@code topk}, {@code jumprelu} or {@code standard}),
 * {@code d_in}, {@code d_sae}, {@code dtype} (default {@code float32}), {@code device} (default
 * {@code cpu}), {@code apply_b_dec_to_input} (default {@code true}),
 * {@code normalize_activations} (default {@code none}), {@code reshape_activations} (always
 * written as {@code none}), and for TopK {@code k} and {@code rescale_acts_by_decoder_norm}
 * (default {@code false});</li>
 * <li>{@code metadata}: {@code sae_lens_version} and {@code sae_lens_training_version} (written
 * as {@value #SAE_LENS_LAYOUT_VERSION}, the layout followed, so that SAELens does not apply its
 * pre-6.0 conversion), {@code model_name} and {@code hook_name} (where known);</li>
 * <li>{@code repalign}: how RepAlign trained it ({@link RepAlignTrainingInfo}), absent from
 * folders written by SAELens.</li>
 * </ul>
 * Reading is strict: {@code architecture}, {@code d_in}, {@code d_sae} and, for TopK, {@code k}
 * are required; a field of the wrong type is an error; unknown fields are ignored, as SAELens
 * ignores them. {@code hook_name} and {@code model_name} are also accepted at the top level, where
 * SAELens 5 kept them.
 *
 * @param architecture             the SAELens architecture
 * @param dIn                      input dimension
 * @param dSae                     number of latents
 * @param dtype                    the parameter dtype SAELens loads to, e.g. {@code float32}
 * @param device                   the torch device SAELens loads to, e.g. {@code cpu}
 * @param applyBDecToInput         whether b_dec is subtracted from inputs before encoding
 * @param normalizeActivations     SAELens's input normalization, normally {@code none}
 * @param k                        active latents per row for TopK, otherwise {@code null}
 * @param rescaleActsByDecoderNorm SAELens TopK option; RepAlign writes {@code false}
 * @param modelName                the model the representation came from, or {@code null}
 * @param hookName                 the layer or tensor the SAE reads, or {@code null}
 * @param repalign                 RepAlign's training record, or {@code null}
 */
public record SaeLensConfig(SaeLensArchitecture architecture, int dIn, int dSae, String dtype, String device,
        boolean applyBDecToInput, String normalizeActivations, Integer k, boolean rescaleActsByDecoderNorm,
        String modelName, String hookName, RepAlignTrainingInfo repalign) {

    /** The SAELens config layout version written into {@code metadata}. */
    public static final String SAE_LENS_LAYOUT_VERSION = "6.0.0";

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException when dimensions are not positive, {@code k} is missing
     *                                  for TopK, present for another architecture, or outside
     *                                  1..d_sae
     */
    public SaeLensConfig {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(normalizeActivations, "normalizeActivations");
        if (dIn <= 0 || dSae <= 0) {
            throw new IllegalArgumentException("d_in and d_sae must be positive, got " + dIn + " and " + dSae);
        }
        if (architecture == SaeLensArchitecture.TOPK) {
            if (k == null || k < 1 || k > dSae) {
                throw new IllegalArgumentException("topk needs k in 1.." + dSae + ", got " + k);
            }
        } else if (k != null) {
            throw new IllegalArgumentException(architecture.saeLensName() + " takes no k");
        }
    }

    /**
     * A configuration with SAELens's defaults: float32, cpu, b_dec applied to the input, no
     * normalization, no decoder-norm rescaling, no model or hook name.
     *
     * @param architecture the architecture
     * @param dIn          input dimension
     * @param dSae         number of latents
     * @param k            for TopK the number of active latents, otherwise {@code null}
     * @param repalign     RepAlign's training record, or {@code null}
     * @return the configuration
     */
    public static SaeLensConfig of(SaeLensArchitecture architecture, int dIn, int dSae, Integer k,
            RepAlignTrainingInfo repalign) {
        return new SaeLensConfig(architecture, dIn, dSae, "float32", "cpu", true, "none", k, false, null, null,
                repalign);
    }

    /** @return {@code cfg.json}'s text: indented JSON ending with a newline */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("architecture", architecture.saeLensName());
        json.put("d_in", dIn);
        json.put("d_sae", dSae);
        json.put("dtype", dtype);
        json.put("device", device);
        json.put("apply_b_dec_to_input", applyBDecToInput);
        json.put("normalize_activations", normalizeActivations);
        json.put("reshape_activations", "none");
        if (architecture == SaeLensArchitecture.TOPK) {
            json.put("k", k);
            json.put("rescale_acts_by_decoder_norm", rescaleActsByDecoderNorm);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("sae_lens_version", SAE_LENS_LAYOUT_VERSION);
        metadata.put("sae_lens_training_version", SAE_LENS_LAYOUT_VERSION);
        if (modelName != null) {
            metadata.put("model_name", modelName);
        }
        if (hookName != null) {
            metadata.put("hook_name", hookName);
        }
        json.put("metadata", metadata);
        if (repalign != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("recipe", repalign.recipe());
            r.put("architecture", repalign.architecture());
            r.put("seed", repalign.seed());
            r.put("steps", repalign.steps());
            r.put("preprocessing", repalign.preprocessing());
            r.put("input_scale", repalign.inputScale());
            r.put("settings", repalign.settings());
            json.put("repalign", r);
        }
        return JsonWriter.indented(json);
    }

    /**
     * Parses {@code cfg.json}.
     *
     * @param json   the file's text
     * @param source the file, named in errors
     * @return the configuration
     * @throws RepresentationFileException naming the file and the missing or invalid field
     */
    public static SaeLensConfig fromJson(String json, Path source) throws RepresentationFileException {
        try {
            JsonFields f = JsonFields.of(JsonParser.parse(json), "the content");
            String name = f.requireString("architecture");
            SaeLensArchitecture architecture = SaeLensArchitecture.fromSaeLensName(name)
                    .orElseThrow(() -> new MalformedContentException("architecture '" + name
                            + "' is not supported; expected topk, jumprelu or standard"));
            int dIn = f.requirePositiveInt("d_in");
            int dSae = f.requirePositiveInt("d_sae");
            Integer k = null;
            if (architecture == SaeLensArchitecture.TOPK) {
                k = f.requirePositiveInt("k");
                if (k > dSae) {
                    throw new MalformedContentException("field 'k' holds " + k + ", more than d_sae = " + dSae);
                }
            }
            JsonFields metadata = f.has("metadata") ? f.requireObject("metadata") : null;
            String modelName = metadataString(f, metadata, "model_name");
            String hookName = metadataString(f, metadata, "hook_name");
            RepAlignTrainingInfo repalign = f.has("repalign") ? training(f.requireObject("repalign")) : null;
            return new SaeLensConfig(architecture, dIn, dSae, f.optionalString("dtype", "float32"),
                    f.optionalString("device", "cpu"), f.optionalBoolean("apply_b_dec_to_input", true),
                    f.optionalString("normalize_activations", "none"), k,
                    f.optionalBoolean("rescale_acts_by_decoder_norm", false), modelName, hookName, repalign);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(source, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RepresentationFileException(source, e.getMessage());
        }
    }

    private static String metadataString(JsonFields top, JsonFields metadata, String key)
            throws MalformedContentException {
        if (metadata != null && metadata.has(key)) {
            return metadata.requireString(key);
        }
        return top.optionalString(key, null);
    }

    private static RepAlignTrainingInfo training(JsonFields r) throws MalformedContentException {
        Double inputScale = r.has("input_scale") ? r.requireDouble("input_scale") : null;
        Map<String, Object> settings = new LinkedHashMap<>();
        if (r.has("settings")) {
            if (!(r.raw("settings") instanceof Map<?, ?> map)) {
                throw new MalformedContentException("field 'repalign.settings' is not a JSON object");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                if (v instanceof java.math.BigInteger n) {
                    v = n.bitLength() < 64 ? (Object) n.longValue() : n;
                } else if (v instanceof java.math.BigDecimal d) {
                    v = d.doubleValue();
                } else if (!(v instanceof String || v instanceof Boolean)) {
                    throw new MalformedContentException("field 'repalign.settings." + e.getKey()
                            + "' is not a number, string or boolean");
                }
                settings.put((String) e.getKey(), v);
            }
        }
        return new RepAlignTrainingInfo(r.requireString("recipe"), r.requireString("architecture"),
                r.requireLong("seed"), r.requireLong("steps"), r.requireString("preprocessing"), inputScale, settings);
    }
}
