package fr.vigie.platform.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reference of a case in any module, e.g. {@code complaints:PL-2026-000123}. Modules refer to
 * each other's cases only through this value, never through entities.
 */
public record CaseRef(String module, String reference) {
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{1,30}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public CaseRef {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(reference, "reference");
        if (!MODULE.matcher(module).matches()) {
            throw DomainException.onField("caseRef", "error.caseRef.invalid", module + ":" + reference);
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw DomainException.onField("caseRef", "error.caseRef.invalid", module + ":" + reference);
        }
    }

    /** Parses the {@code module:reference} form used in URLs and the audit trail. */
    public static CaseRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw DomainException.onField("caseRef", "error.caseRef.invalid", String.valueOf(text));
        }
        return new CaseRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return module + ":" + reference;
    }
}
