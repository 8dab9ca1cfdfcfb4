package fr.vigie.sanctions.web;

import fr.vigie.platform.api.web.PageActs;
import fr.vigie.platform.api.web.PageMessages;

/** The sanctions pages' messages (the module's bundle) and acts: the platform's helpers, configured once. */
final class Pages {
    static final String BUNDLE = "fr.vigie.sanctions.i18n.messages";
    static final PageMessages MESSAGES = new PageMessages(BUNDLE, Pages.class.getClassLoader(), true);
    static final PageActs ACTS = new PageActs(MESSAGES, "act.done");

    private Pages() {}
}
