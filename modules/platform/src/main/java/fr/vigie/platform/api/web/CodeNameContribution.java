package fr.vigie.platform.api.web;

import java.util.Locale;
import java.util.Optional;

/**
 * A module names its own codes (a stage, a procedure) for the pages of other modules: the reports
 * and the organisation's 360° view receive codes from the modules' views and must show names
 * (« Instruction en cours », not {@code UNDER_INSTRUCTION}), without reading another module's
 * bundle. A module publishes one contribution as a CDI bean; the platform's {@code #{codeNames}}
 * asks the module that owns the code. {@link BundleCodeNames} is the usual shape.
 */
public interface CodeNameContribution {
    /** The module's name, as in its case references ({@code complaints}, {@code dossiers}...). */
    String module();

    /**
     * The name of {@code code} of the given {@code kind} ({@code stage}, {@code procedure}) in
     * {@code locale}; empty when this module names no such code.
     */
    Optional<String> name(String kind, String code, Locale locale);
}
