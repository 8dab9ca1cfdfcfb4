package fr.vigie.platform.clock.web;

import fr.vigie.platform.clock.application.ClockException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The clocks' texts for pages, as {@code #{ck['key']}}, in the view's language.
 *
 * <p>Why not {@code <f:loadBundle>}: the standard bundle lookup falls back to the JVM's default
 * locale before the base bundle, so on a server whose default locale is English a French page
 * would get {@code clocks_en}. This map looks the bundle up without that fallback (see
 * {@link ClockException#bundle}); a missing key shows as itself, like Faces does.
 */
@Named("ck")
@RequestScoped
public class ClockBundle extends AbstractMap<String, String> {
    private transient ResourceBundle bundle;

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ClockException.bundle(ClockTexts.locale());
        }
        return bundle;
    }

    @Override
    public String get(Object key) {
        try {
            return bundle().getString(String.valueOf(key));
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return bundle().containsKey(String.valueOf(key));
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Collections.emptySet();
    }
}
