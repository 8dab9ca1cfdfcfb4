package fr.vigie.platform.api.access;

import fr.vigie.platform.api.CaseRef;

/**
 * The read-access log: who read which personal data, when and from where (GDPR Art. 32
 * traceability; EHDS Art. 73). The reader is the authenticated user and the place the client
 * address of the current request; callers give only what was read.
 *
 * <p>Call it once the data is loaded and before it is shown or returned: the entry is committed in
 * its own transaction (a read that happened stays recorded whatever becomes of the caller's
 * transaction), and if it cannot be written the call throws, so that the data is not shown
 * without its record.
 */
public interface ReadAccessLog {
    /**
     * Records one read of a case.
     *
     * @param detail what was read, when the case alone does not say it (a document's file name);
     *     may be null, cut to 300 characters
     */
    void recordRead(CaseRef caseRef, ReadKind kind, String detail);

    /**
     * Records an export that holds personal data of possibly many cases.
     *
     * @param module the module that produced it
     * @param detail what the export held (its filter, its number of rows), cut to 300 characters
     */
    void recordExport(String module, String detail);
}
