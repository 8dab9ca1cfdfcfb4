package fr.vigie.platform.document.application;

import fr.vigie.platform.api.DomainException;

/** The upload exceeds the configured size limit (vigie.documents.maxBytes). */
public class DocumentTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException(long maxBytes) {
        super("fr.vigie.platform.i18n.errors", "file", "error.document.tooLarge", maxBytes / (1024 * 1024));
    }
}
