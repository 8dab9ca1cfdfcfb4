package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.document.CaseDocumentIntake;
import fr.vigie.platform.api.document.DocumentInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;

/** Documents sent to a dossier through the generic document API: the instructor's attach act (refused on a closed dossier, recorded in its history). */
@ApplicationScoped
public class DossierDocumentIntake implements CaseDocumentIntake {
    @Inject
    DossierInstruction instruction;

    @Override
    public String module() {
        return DossiersModule.NAME;
    }

    @Override
    public DocumentInfo attach(CaseRef caseRef, String filename, InputStream content) {
        return instruction.attachToCurrent(new DossierReference(caseRef.reference()), filename, content);
    }
}
