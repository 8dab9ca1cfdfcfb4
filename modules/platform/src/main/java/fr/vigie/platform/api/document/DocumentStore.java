package fr.vigie.platform.api.document;

import fr.vigie.platform.api.CaseRef;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Documents of cases (attachments, letters, minutes). Size and type are checked on the way in,
 * access on the way out, through the {@link DocumentAccessPolicy} of the case's module.
 */
public interface DocumentStore {
    DocumentInfo store(CaseRef caseRef, String filename, InputStream content);

    /** Stores a document the application produced itself (e.g. a PDF letter). */
    DocumentInfo storeGenerated(CaseRef caseRef, String filename, String contentType, byte[] content);

    List<DocumentInfo> listFor(CaseRef caseRef);

    DocumentContent open(UUID id);
}
