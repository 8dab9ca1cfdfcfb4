package fr.vigie.crossborder.web;

import fr.vigie.platform.api.web.PageActs;
import fr.vigie.platform.api.web.PageMessages;

/** The module's page bundle and how its pages report acts and refusals. */
final class Pages {
    static final String BUNDLE = "fr.vigie.crossborder.i18n.messages";
    static final PageMessages MESSAGES = new PageMessages(BUNDLE, Pages.class.getClassLoader(), true);
    static final PageActs ACTS = new PageActs(MESSAGES, "file.done");

    private Pages() {}
}
