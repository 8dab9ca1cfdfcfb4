package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/** A complete application and stamps on chosen days. */
final class Fixtures {
    static final String SIREN = "732829320";
    private static long next = 1;

    private Fixtures() {}

    static Stamp on(LocalDate day) {
        return new Stamp(
                "instructor", day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600), day);
    }

    static ApplicationForm complete(Procedure procedure) {
        return new ApplicationForm(
                procedure,
                "Cohorte diabète et insuffisance rénale",
                "Université de Lille",
                "FR",
                SIREN,
                false,
                "Dr Jeanne Martin",
                List.of("Jeanne Martin", "Paul Durand"),
                Purpose.E_SCIENTIFIC_RESEARCH,
                "Étudier les parcours de soins des patients diabétiques",
                EnumSet.allOf(ProhibitedUse.class),
                "SNDS (DCIR, PMSI)",
                "Remboursements, séjours hospitaliers",
                procedure == Procedure.EHDS_DATA_REQUEST ? DataForm.ANONYMISED : DataForm.PSEUDONYMISED,
                "Chaînage des parcours individuels nécessaire",
                "Avis favorable du comité d'éthique local du 3 mars",
                36,
                "Plateforme CASD");
    }

    static Dossier draft(Procedure procedure, LocalDate day) {
        return new Dossier(DossierReference.of(day.getYear(), next++), complete(procedure), on(day));
    }

    static Dossier submitted(Procedure procedure, LocalDate day) {
        Dossier d = draft(procedure, day);
        d.submit(on(day));
        return d;
    }

    static Dossier pendingDecision(Procedure procedure, LocalDate day) {
        Dossier d = submitted(procedure, day);
        d.declareComplete(on(day));
        if (procedure == Procedure.NATIONAL) {
            d.recordOpinion(Opinion.FAVOURABLE, "Projet pertinent", day.plusDays(20), on(day.plusDays(20)));
        }
        return d;
    }

    static Instant instant(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
