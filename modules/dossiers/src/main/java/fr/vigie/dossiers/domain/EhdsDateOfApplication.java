package fr.vigie.dossiers.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The day from which the EHDS procedures exist: Regulation (EU) 2025/327 applies to the secondary
 * use of health data from 26 March 2029 (Art. 105). An application lodged before that day can only
 * follow the national procedure. The day is configurable so that trials and tests can run the EHDS
 * procedures today ({@code vigie.ehds.date-of-application}); production keeps the regulation's.
 */
public record EhdsDateOfApplication(LocalDate date) {
    /** The regulation's own date for secondary use. */
    public static final LocalDate REGULATION_2025_327_ART_105 = LocalDate.of(2029, 3, 26);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public EhdsDateOfApplication {
        Objects.requireNonNull(date, "date");
    }

    /** Refuses an EHDS application submitted before the date of application. */
    public void requireApplicable(Procedure procedure, LocalDate submittedOn) {
        if (procedure != null && procedure.isEhds() && submittedOn.isBefore(date)) {
            throw DossierException.onField("procedure", "dossier.ehds.notYetApplicable", DAY.format(date));
        }
    }
}
