package fr.vigie.platform.api.audit;

import java.util.Collection;
import java.util.List;

/**
 * Erases the reasons of a case's audit entries when the case itself is pseudonymised or erased
 * (GDPR storage limitation, ADR 10). A reason is free text that may name a person; the rest of an
 * entry (who acted, what, when, which fields) stays. The hash chain still verifies: each erased
 * reason is replaced by its keyed digest, which the verification uses in its place.
 *
 * <p>Call it inside the transaction that pseudonymises or erases the cases, so that both are
 * committed or rolled back together. Every entry on the cases is concerned, whichever module
 * recorded it (a clock's correction on a complaint names the complaint). Entries without a reason
 * or already erased are left alone, so that a repeated call erases nothing more. The erasure is
 * itself recorded in the trail ({@code AUDIT_REASONS_REDACTED}, with the reference and counts), and
 * each erased entry keeps when and why.
 *
 * <p>Refused with {@link AuditRedactionRefused}, which rolls the transaction back, when an entry of
 * the cases no longer matches its hash (erasing its reason would hide that it was altered), or was
 * written before reasons became erasable (hash version 1, whose hash covers the reason itself).
 */
public interface AuditRedaction {

    /**
     * Erases the reasons of one case's entries.
     *
     * @param module the module that owns the case, e.g. {@code complaints}
     * @param caseRef the case as the trail names it, {@code module:reference} (e.g.
     *     {@code complaints:PL-2026-000123}); it must belong to {@code module}
     * @param redactionRef why (the retention run, the erasure request): 1 to 200 characters, kept on
     *     each erased entry; no personal data
     * @return how many reasons were erased
     */
    default int redactReasons(String module, String caseRef, String redactionRef) {
        return redactReasons(module, List.of(caseRef), redactionRef);
    }

    /**
     * Erases the reasons of many cases' entries in a few set-based statements (a retention run
     * pseudonymises up to a thousand cases at once), and records one audit entry for the call.
     *
     * @see #redactReasons(String, String, String)
     * @return how many reasons were erased, over all the cases
     */
    int redactReasons(String module, Collection<String> caseRefs, String redactionRef);
}
