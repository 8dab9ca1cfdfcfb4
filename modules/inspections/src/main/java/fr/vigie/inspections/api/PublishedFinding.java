package fr.vigie.inspections.api;

import java.util.Objects;

/**
 * A breach recorded in the minutes, as the sanctions module receives it.
 *
 * @param article     the article breached, as in the reference list (e.g. {@code RGPD art. 32})
 * @param severity    how serious it is
 * @param description what was found
 */
public record PublishedFinding(String article, FindingSeverity severity, String description) {
    public PublishedFinding {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(severity, "severity");
    }
}
