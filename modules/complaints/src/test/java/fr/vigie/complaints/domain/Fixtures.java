package fr.vigie.complaints.domain;

import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Complaints in a known state for the domain tests. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Fixtures() {}

    static Stamp stamp(String actor) {
        return new Stamp(actor, Instant.parse("2026-03-10T09:00:00Z"), TODAY);
    }

    static Stamp handler() {
        return stamp("handler");
    }

    static NewComplaint facts(Set<Category> categories, int people) {
        return new NewComplaint(
                Channel.WEB_FORM,
                TODAY.minusDays(1),
                new Complainant("Claire Martin", "claire.martin@example.fr", null),
                new Organisation("Société Exemple SA", "FR", "732829320"),
                "La société refuse de répondre à ma demande d'accès à mes données depuis trois mois.",
                categories,
                people);
    }

    static Complaint received() {
        NewComplaint f = facts(Set.of(Category.ACCESS_RIGHT), 1);
        return new Complaint(
                ComplaintReference.of(2026, 1), null, f, PriorityRules.assess(f.categories(), 1, 0), handler());
    }

    static Complaint qualified(boolean admissible) {
        Complaint c = received();
        c.acknowledge(null, handler());
        c.qualify(new Qualification(admissible, true, false, null), "Qualification faite", handler());
        return c;
    }

    static Complaint assigned() {
        Complaint c = qualified(true);
        c.assignTo("handler", "Charge de travail", handler());
        return c;
    }
}
