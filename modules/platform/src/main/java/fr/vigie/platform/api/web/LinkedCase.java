package fr.vigie.platform.api.web;

import fr.vigie.platform.api.CaseRef;
import java.util.Objects;

/**
 * A case of another module shown on a case file (see {@link LinkedCaseContribution}).
 *
 * @param caseRef the linked case
 * @param label   what it is, in the reader's language, e.g. "Contrôle CT-2026-0003"
 * @param status  its status, in the reader's language
 * @param path    its page, relative to the application, e.g. {@code /inspections/file.xhtml?reference=CT-2026-0003}
 */
public record LinkedCase(CaseRef caseRef, String label, String status, String path) {
    public LinkedCase {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
    }
}
