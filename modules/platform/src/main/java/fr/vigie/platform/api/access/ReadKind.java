package fr.vigie.platform.api.access;

/** What kind of read of personal data the read-access log records. */
public enum ReadKind {
    /** A case file was opened (page or API). */
    FILE_OPENED,
    /** A document attached to a case was downloaded. */
    DOCUMENT_DOWNLOADED,
    /** An export holding personal data was produced (it may span many cases). */
    EXPORT
}
