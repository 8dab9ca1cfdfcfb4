package fr.vigie.inspections.web;

import fr.vigie.platform.api.web.PageActs;
import fr.vigie.platform.api.web.PageMessages;

/** The inspection pages' messages (the module's bundle) and acts: the platform's helpers, configured once. */
final class Pages {
    static final String BUNDLE = "fr.vigie.inspections.i18n.messages";
    static final PageMessages MESSAGES = new PageMessages(BUNDLE, Pages.class.getClassLoader(), true);
    static final PageActs ACTS = new PageActs(MESSAGES, "file.done");

    private Pages() {}
}
