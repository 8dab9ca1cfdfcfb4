package fr.vigie.platform.document.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.document.CaseDocumentIntake;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;

/**
 * Documents sent to a case through the generic document API go through the case's own rules: the
 * owning module's {@link CaseDocumentIntake}. The platform's own records (module {@code platform})
 * are stored directly; a business case whose module takes documents only through its acts is refused.
 */
@ApplicationScoped
public class CaseDocuments {
    private static final String PLATFORM = "platform";

    @Inject
    @Any
    Instance<CaseDocumentIntake> intakes;

    @Inject
    DocumentStore documents;

    public DocumentInfo attach(CaseRef caseRef, String filename, InputStream content) {
        for (CaseDocumentIntake intake : intakes) {
            if (intake.module().equals(caseRef.module())) {
                return intake.attach(caseRef, filename, content);
            }
        }
        if (PLATFORM.equals(caseRef.module())) {
            return documents.store(caseRef, filename, content);
        }
        throw DomainException.onField("file", "error.document.attachThroughCase", caseRef.toString());
    }
}
