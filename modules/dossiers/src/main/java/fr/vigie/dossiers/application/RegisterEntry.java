package fr.vigie.dossiers.application;

import java.time.LocalDate;

/**
 * One line of the public register (EHDS Art. 57(1)(j)): the application as soon as it is
 * submitted, and the decision with its reasons once published. Only what must be published: the
 * applicant organisation (a legal person), never the investigator or the persons named.
 */
public record RegisterEntry(
        String reference,
        String procedure,
        String title,
        String organisation,
        String purpose,
        String dataCategories,
        LocalDate submittedOn,
        String decision,
        LocalDate decisionOn,
        String reasons,
        LocalDate permitExpiresOn,
        LocalDate publishedOn) {}
