package fr.vigie.committee.application;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo committee: the demo member and chair on the roster, the member's declared interest in a
 * hospital, four referred dossiers (one from that hospital, so the member is recused from it) and a
 * convened session in two weeks with three of them on its agenda. Idempotent: nothing is added once
 * the demo chair is on the roster.
 */
@ApplicationScoped
public class DemoCommittee {
    static final String DEMO_AUDIT_REASON = "données de démonstration (profil dev/test)";

    @Inject
    MemberRepository members;

    @Inject
    ReviewRepository reviews;

    @Inject
    SessionRepository sessions;

    @Inject
    ReferralDesk referrals;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public boolean ensure() {
        if (members.findByUsername("dacchair").isPresent()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Stamp stamp = new Stamp("system", Instant.now(clock), today);
        CommitteeMember member = new CommitteeMember("dacmember", "David Fournier", MemberFunction.MEMBER);
        CommitteeMember chair = new CommitteeMember("dacchair", "Claire Girard", MemberFunction.CHAIR);
        members.store(member);
        members.store(chair);
        member.declareInterest(
                "Centre Hospitalier Universitaire de Démonstration",
                "267500452",
                "Praticien attaché (vacations) jusqu’en 2025",
                stamp);
        members.flush();
        for (CommitteeMember m : List.of(member, chair)) {
            audit.record(CommitteeAudit.onMember("COMMITTEE_MEMBER_APPOINTED", m.username(), DEMO_AUDIT_REASON)
                    .changed("function", null, m.function())
                    .build());
        }

        int year = today.getYear();
        List<DossierForReview> dossiers = List.of(
                dossier(
                        year,
                        900_001,
                        "Cohorte nationale diabète de type 2 et alimentation",
                        "Institut de Recherche en Santé Publique",
                        "180089013",
                        today.plusDays(18)),
                dossier(
                        year,
                        900_002,
                        "Parcours de soins après AVC : étude à partir du SNDS",
                        "Centre Hospitalier Universitaire de Démonstration",
                        "267500452",
                        today.plusDays(22)),
                dossier(
                        year,
                        900_003,
                        "Intelligence artificielle et détection précoce des cancers du sein",
                        "Laboratoire Imagerie & Données SAS",
                        "300123452",
                        today.plusDays(26)),
                dossier(
                        year,
                        900_004,
                        "Effets indésirables des anticoagulants oraux chez le sujet âgé",
                        "Association Pharmaco-Épidémiologie France",
                        null,
                        today.plusDays(40)));
        List<Review> referred = new ArrayList<>();
        for (DossierForReview d : dossiers) {
            referrals.refer(d);
            referred.add(reviews.findByDossier(d.dossier()).orElseThrow());
        }

        CommitteeSession session = new CommitteeSession(
                sessions.nextReference(year), today.plusDays(14), "Séance plénière du comité d’accès", stamp);
        sessions.store(session);
        sessions.flush();
        Map<Long, Review> byId = new HashMap<>();
        referred.forEach(r -> byId.put(r.id(), r));
        Reason demo = Reason.of(DEMO_AUDIT_REASON);
        referred.get(0).assignRapporteur(chair, demo);
        session.arrangeAgenda(referred.subList(0, 3), byId, demo);
        session.convene(stamp);
        sessions.flush();
        reviews.flush();
        // The demonstration is audited as one summary record below, not act by act.
        referred.get(0).events().drain();
        session.events().drain();
        audit.record(CommitteeAudit.of("COMMITTEE_SESSION_CONVENED", session, DEMO_AUDIT_REASON)
                .changed("agenda", null, session.agenda().size())
                .build());
        return true;
    }

    private static DossierForReview dossier(
            int year, int number, String title, String applicant, String siren, LocalDate due) {
        return new DossierForReview(
                new CaseRef("dossiers", String.format("DA-%d-%06d", year, number)),
                title,
                "NATIONAL",
                "Art. 53(1)(e) — recherche scientifique dans le domaine de la santé",
                applicant,
                siren,
                "Dr Anne Leclerc",
                due,
                "instructor",
                List.of());
    }
}
