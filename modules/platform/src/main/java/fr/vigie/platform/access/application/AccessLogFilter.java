package fr.vigie.platform.access.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.access.ReadKind;
import java.time.LocalDate;

/**
 * The auditor's question; every criterion is optional. Dates are days in the authority's time zone,
 * both included. Built from raw text by {@link #of}, which refuses what it cannot understand with a
 * message on the field.
 */
public record AccessLogFilter(String user, CaseRef caseRef, LocalDate from, LocalDate to, ReadKind kind) {
    public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, null);

    public AccessLogFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.onField("from", "error.accessLog.badRange", from, to);
        }
    }

    /** From the screen's or the API's raw parameters. */
    public static AccessLogFilter of(String user, String caseRef, LocalDate from, LocalDate to, String kind) {
        return new AccessLogFilter(
                blankToNull(user) == null ? null : user.strip().toLowerCase(java.util.Locale.ROOT),
                blankToNull(caseRef) == null ? null : CaseRef.parse(caseRef.strip()),
                from,
                to,
                kind(kind));
    }

    private static ReadKind kind(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        for (ReadKind kind : ReadKind.values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw DomainException.onField("kind", "error.accessLog.kind", text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
