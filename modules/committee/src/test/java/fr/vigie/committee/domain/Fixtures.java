package fr.vigie.committee.domain;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builders for the domain tests. Ids are set by reflection where the database would set them. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String SIREN_PASTEUR = "775685019";
    static final String SIREN_OTHER = "552100554";

    private Fixtures() {}

    static Stamp stamp(String actor) {
        return new Stamp(actor, Instant.parse("2026-11-20T09:00:00Z"), TODAY);
    }

    static DossierForReview dossier(String reference, String applicant, String siren) {
        return new DossierForReview(
                new CaseRef("dossiers", reference),
                "Cohorte diabète et alimentation",
                "NATIONAL",
                "Art. 53(1)(e) recherche scientifique",
                applicant,
                siren,
                "Dr Jeanne Martin",
                TODAY.plusDays(20),
                "instructor",
                List.of());
    }

    static Review review(long id, String applicant, String siren) {
        Review r = new Review(dossier("DA-2026-" + String.format("%06d", id), applicant, siren), stamp("instructor"));
        setId(r, id);
        return r;
    }

    /** A review on the agenda of session 1. */
    static Review onAgenda(long id) {
        Review r = review(id, "Institut Pasteur", SIREN_PASTEUR);
        r.placeOn(1L);
        return r;
    }

    /**
     * Session 1, on {@link #TODAY}, convened with {@code review} on its agenda and opened with
     * {@code present} recorded as present.
     */
    static CommitteeSession sittingWith(Review review, String... present) {
        CommitteeSession s = new CommitteeSession("SC-2026-0001", TODAY, "Séance plénière", stamp("dacsecretary"));
        setId(s, 1L);
        s.arrangeAgenda(List.of(review), Map.of(review.id(), review), null);
        s.convene(stamp("dacsecretary"));
        s.open(Arrays.stream(present).map(Fixtures::member).collect(Collectors.toSet()), stamp("dacsecretary"));
        return s;
    }

    static CommitteeSession session(long id) {
        CommitteeSession s =
                new CommitteeSession("SC-2026-000" + id, TODAY.plusDays(7), "Séance plénière", stamp("dacsecretary"));
        setId(s, id);
        return s;
    }

    static CommitteeMember member(String username) {
        return new CommitteeMember(username, "Membre " + username, MemberFunction.MEMBER);
    }

    static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
