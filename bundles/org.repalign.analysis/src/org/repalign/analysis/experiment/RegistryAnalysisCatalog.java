package org.repalign.analysis.experiment;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisNeed;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.model.Analysis;
import org.repalign.model.validation.AnalysisCatalog;

/**
 * The analyses of an {@link AnalysisRegistry} for the validator: what each needs and its declared
 * settings, checked as the run checks them.
 */
public final class RegistryAnalysisCatalog implements AnalysisCatalog {

    private final AnalysisRegistry registry;

    /** The catalog of {@link AnalysisRegistry#installed()}. */
    public RegistryAnalysisCatalog() {
        this(AnalysisRegistry.installed());
    }

    /** @param registry the analyses known */
    public RegistryAnalysisCatalog(AnalysisRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Declared> analysis(Analysis analysis) {
        String id;
        try {
            id = ModelAnalyses.id(analysis);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        return registry.contribution(id).map(c -> declared(c.value()));
    }

    private static Declared declared(AnalysisFactory factory) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (AnalysisNeed need : factory.needs()) {
            switch (need) {
                case SAE_CODES -> needs.add(Need.SAE_CODES);
                case FREQUENCIES -> needs.add(Need.FREQUENCIES);
                case ATTRIBUTES -> needs.add(Need.ATTRIBUTES);
                case MODEL_PROPERTIES -> needs.add(Need.MODEL_PROPERTIES);
                // every source's layers are read by the run; nothing for the validator to check
                case LAYERS -> {
                }
            }
        }
        List<Setting> settings = factory.settings().stream().map(s -> new Setting(s.name(), s::problem)).toList();
        return new Declared(factory.id(), factory.name(), needs, settings);
    }
}
