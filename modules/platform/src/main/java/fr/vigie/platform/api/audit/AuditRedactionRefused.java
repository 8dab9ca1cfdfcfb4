package fr.vigie.platform.api.audit;

import fr.vigie.platform.api.DomainException;

/**
 * An erasure of audit reasons that Vigie refuses to make (ADR 10). Rolls the caller's transaction
 * back, so that a case is not pseudonymised while its trail still names the person.
 */
public class AuditRedactionRefused extends DomainException {
    private static final long serialVersionUID = 1L;

    private AuditRedactionRefused(String key, Object... args) {
        super(key, args);
    }

    /** An entry no longer matches its hash: erasing its reason would launder the alteration. */
    public static AuditRedactionRefused altered(long entryId, String caseRef) {
        return new AuditRedactionRefused("error.audit.redaction.altered", String.valueOf(entryId), caseRef);
    }

    /** Entries hashed in version 1, whose hash covers the reason itself: theirs cannot be erased. */
    public static AuditRedactionRefused version1(long entries, long firstEntryId) {
        // The count stays a number for the bundle's choice (one entry, several); the id is text (no "1 234").
        return new AuditRedactionRefused("error.audit.redaction.version1", entries, String.valueOf(firstEntryId));
    }
}
