package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The directory's page texts as {@code #{org['key']}}, in the view's language, without falling back
 * to the JVM's locale (see {@link PageMessages}).
 */
@Named("org")
@RequestScoped
public class OrganisationTexts extends AbstractMap<String, String> {
    static final String BUNDLE = "fr.vigie.platform.i18n.organisations";

    private final PageMessages messages = messages();

    static PageMessages messages() {
        return new PageMessages(BUNDLE, OrganisationTexts.class.getClassLoader(), true);
    }

    @Override
    public String get(Object key) {
        return messages.text(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
