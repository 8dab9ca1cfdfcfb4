package fr.vigie.platform.api.document;

import fr.vigie.platform.api.CaseRef;
import java.io.InputStream;

/**
 * A business module's own way of taking a document on one of its cases, for the generic document
 * API ({@code POST /api/cases/{caseRef}/documents}): the module applies its rules (a closed case
 * takes no document) and records the attachment in the case's history, as its own pages do. A
 * module that publishes none takes documents only through its own acts (minutes, observations,
 * a complaint's intake...), and the generic API refuses its cases.
 */
public interface CaseDocumentIntake {
    /** The module whose cases this takes documents for (the first part of a case reference). */
    String module();

    /** Stores the document on the case through the case's own act; refused with the case's own reason. */
    DocumentInfo attach(CaseRef caseRef, String filename, InputStream content);
}
