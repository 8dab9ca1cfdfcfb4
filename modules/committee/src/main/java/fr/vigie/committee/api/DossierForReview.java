package fr.vigie.committee.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A dossier referred to the committee, as members need to see it. The applicant's organisation
 * (name and, for French organisations, SIREN) is what declarations of interest are matched on.
 *
 * @param dossier               the dossier, e.g. {@code dossiers:DA-2026-000042}
 * @param title                 the research project's title
 * @param procedure             {@code NATIONAL} or {@code EHDS} (shown to members)
 * @param purpose               the purpose as the applicant stated it (EHDS Art. 53(1) letter and text)
 * @param applicantOrganisation the applicant organisation's name
 * @param applicantSiren        its SIREN (9 digits), or null for a foreign organisation
 * @param principalInvestigator the project lead's name
 * @param opinionDueDate        the last day for the committee's opinion (the dossier's clock)
 * @param instructor            the username of the dossier's instructor
 * @param documents             the dossier's documents members may read (platform document ids)
 */
public record DossierForReview(
        CaseRef dossier,
        String title,
        String procedure,
        String purpose,
        String applicantOrganisation,
        String applicantSiren,
        String principalInvestigator,
        LocalDate opinionDueDate,
        String instructor,
        List<UUID> documents) {

    public DossierForReview {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(applicantOrganisation, "applicantOrganisation");
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
