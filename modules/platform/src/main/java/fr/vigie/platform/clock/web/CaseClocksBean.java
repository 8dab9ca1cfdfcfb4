package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page of one case's clocks ({@code /clocks/case.xhtml?caseRef=module:reference}): the
 * timeline component, read-only. Clocks start and change through their case's own acts on the
 * module's pages; this page is where notifications point, and where an administrator corrects a
 * start event recorded wrongly.
 */
@Named
@ViewScoped
public class CaseClocksBean implements Serializable {
    private static final long serialVersionUID = 1L;

    private String caseRef;

    /** The case reference from the URL, if it is a valid one. */
    public String getValidCaseRef() {
        try {
            return caseRef == null || caseRef.isBlank()
                    ? null
                    : CaseRef.parse(caseRef.strip()).toString();
        } catch (DomainException invalid) {
            return null;
        }
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef;
    }
}
