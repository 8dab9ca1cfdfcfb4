package fr.vigie.platform.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A module's {@link CodeNameContribution} read from its own message bundle, where each kind's codes
 * are named under one or more key prefixes, tried in order (e.g. {@code stage → ["status.",
 * "timeline."]}). A module extends it with a no-argument constructor and makes it a CDI bean.
 */
public abstract class BundleCodeNames implements CodeNameContribution {
    private final String module;
    private final String bundle;
    private final Map<String, List<String>> prefixesByKind;

    protected BundleCodeNames(String module, String bundle, Map<String, List<String>> prefixesByKind) {
        this.module = module;
        this.bundle = bundle;
        this.prefixesByKind = Map.copyOf(prefixesByKind);
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public Optional<String> name(String kind, String code, Locale locale) {
        List<String> prefixes = prefixesByKind.get(kind);
        if (prefixes == null || code == null) {
            return Optional.empty();
        }
        ResourceBundle texts;
        try {
            // The module's class loader: the bundle lives beside the module's classes.
            texts = ResourceBundle.getBundle(
                    bundle,
                    locale,
                    getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
        return prefixes.stream()
                .map(prefix -> prefix + code)
                .filter(texts::containsKey)
                .map(texts::getString)
                .findFirst();
    }
}
