package fr.vigie.sanctions.application;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.sanctions.domain.AppealOutcome;
import fr.vigie.sanctions.domain.CaseClocks;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.CaseStatus;
import fr.vigie.sanctions.domain.DutyRefused;
import fr.vigie.sanctions.domain.InterestDeclaration;
import fr.vigie.sanctions.domain.LawfulCaps;
import fr.vigie.sanctions.domain.PenaltyAccrual;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.SanctionReference;
import fr.vigie.sanctions.domain.SanctionsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The acts of the sanction procedure, each by its role: the president refers and appoints the
 * rapporteur; the rapporteur notifies the report and answers; the chair schedules and holds the
 * hearing, opens the deliberation, records the decision, chooses the simplified procedure and
 * decides alone in it; members vote. Each act names the version of the case the person saw,
 * keeps the legal clocks in step and is audited; a separation-of-duties refusal is audited too
 * (in its own transaction) before it reaches the person.
 */
@Stateless
@RolesAllowed({Roles.PRESIDENT, Roles.RAPPORTEUR, Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR})
public class SanctionProcedure {
    @Inject
    OrganisationLinks organisationLinks;

    @Inject
    CaseRepository cases;

    @Inject
    SanctionClocks clocks;

    @Inject
    Impartialities impartialities;

    @Inject
    LawfulCaps caps;

    @Inject
    LetterRenderer letters;

    @Inject
    DocumentStore documents;

    @Inject
    SanctionSettings settings;

    @Inject
    RefusalLog refusals;

    @Inject
    AuditTrail audit;

    @Inject
    SanctionEventLog eventLog;

    @Inject
    Stamps stamps;

    /** Opens a case directly (not after a formal notice nor from an inspection); returns its reference. */
    @RolesAllowed(Roles.PRESIDENT)
    public String open(NoticeForm form) {
        Stamp stamp = stamps.now();
        SanctionCase c = new SanctionCase(
                cases.nextReference(stamp.today().getYear()),
                form.undertaking(),
                form.breachList(),
                null,
                null,
                Set.of(),
                stamp);
        organisationLinks.link(c);
        cases.store(c);
        cases.flush();
        eventLog.write(c);
        return c.reference();
    }

    @RolesAllowed(Roles.PRESIDENT)
    public void refer(SanctionReference reference, long expectedVersion, Reason reasons) {
        act(reference, expectedVersion, "SANCTION_CASE_REFERRED", (c, s) -> {
            c.refer(reasons, s);
            return null;
        });
    }

    @RolesAllowed(Roles.PRESIDENT)
    public void appointRapporteur(SanctionReference reference, long expectedVersion, String rapporteur) {
        act(reference, expectedVersion, "RAPPORTEUR_APPOINTED", (c, s) -> {
            c.appointRapporteur(rapporteur, impartialities.of(c), s);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void chooseSimplified(SanctionReference reference, long expectedVersion, Reason reasons) {
        act(reference, expectedVersion, "SIMPLIFIED_PROCEDURE_CHOSEN", (c, s) -> {
            c.chooseSimplified(reasons, s);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void switchToOrdinary(SanctionReference reference, long expectedVersion, Reason reasons) {
        act(reference, expectedVersion, "SWITCHED_TO_ORDINARY_PROCEDURE", (c, s) -> {
            c.switchToOrdinary(reasons, s);
            return null;
        });
    }

    /** The rapporteur's report is notified today: the organisation's month to reply starts (décret art. 40). */
    @RolesAllowed(Roles.RAPPORTEUR)
    public void notifyReport(SanctionReference reference, long expectedVersion) {
        act(reference, expectedVersion, "REPORT_NOTIFIED", (c, s) -> {
            ClockView reply = clocks.start(c.caseRef(), SanctionClocks.SANCTION_REPORT_REPLY, s.today(), s.actor());
            c.notifyReport(reply.dueDate(), s);
            c.clockStarted(CaseClocks.Kind.REPLY, reply.id().value());
            return null;
        });
    }

    /** The chair extends the organisation's reply period, once, with a reason. */
    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void extendReply(SanctionReference reference, long expectedVersion, int days, Reason reason) {
        act(reference, expectedVersion, "REPLY_PERIOD_EXTENDED", (c, s) -> {
            if (days < 1) {
                throw SanctionsException.onField("days", "notice.extension.amount");
            }
            ClockView extended = clocks.extend(c.clocks().reply(), days, "days", reason.text());
            c.extendReply(extended.dueDate(), reason, s);
            return null;
        });
    }

    @RolesAllowed({Roles.RAPPORTEUR, Roles.SANCTIONS_CHAIR})
    public void recordReply(SanctionReference reference, long expectedVersion, LocalDate receivedOn) {
        act(reference, expectedVersion, "REPLY_RECEIVED", (c, s) -> {
            LocalDate on = receivedOn == null ? s.today() : receivedOn;
            clocks.meet(c.clocks().reply(), on.isAfter(s.today()) ? s.today() : on, "Réponse de l'organisme reçue");
            ClockView answer = clocks.start(
                    c.caseRef(),
                    SanctionClocks.RAPPORTEUR_ANSWER,
                    on.isAfter(s.today()) ? s.today() : on,
                    c.rapporteur());
            c.recordReply(on, answer.dueDate(), s);
            c.clockStarted(CaseClocks.Kind.ANSWER, answer.id().value());
            return null;
        });
    }

    @RolesAllowed(Roles.RAPPORTEUR)
    public void answer(SanctionReference reference, long expectedVersion, String summary) {
        act(reference, expectedVersion, "RAPPORTEUR_ANSWERED", (c, s) -> {
            c.answer(summary, s);
            clocks.meet(c.clocks().answer(), s.today(), "Réponse du rapporteur notifiée");
            return null;
        });
    }

    @RolesAllowed(Roles.RAPPORTEUR)
    public void declineAnswer(SanctionReference reference, long expectedVersion) {
        act(reference, expectedVersion, "RAPPORTEUR_DECLINED_ANSWER", (c, s) -> {
            boolean noReply = c.status() == CaseStatus.REPORT_NOTIFIED;
            c.declineAnswer(s);
            if (noReply) {
                clocks.stop(c.clocks().reply(), s.today(), "Pas de réponse de l'organisme");
            }
            clocks.meet(c.clocks().answer(), s.today(), "Le rapporteur ne répond pas");
            return null;
        });
    }

    /**
     * Sets the hearing and sends its notice today. The notice period is the policy's
     * ({@code HEARING_NOTICE}, counted back from the hearing): a date leaving less is refused.
     */
    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void scheduleHearing(
            SanctionReference reference, long expectedVersion, LocalDate hearingOn, boolean closedRequested) {
        act(reference, expectedVersion, "HEARING_SCHEDULED", (c, s) -> {
            if (hearingOn == null) {
                throw SanctionsException.onField("hearingOn", "hearing.date.required");
            }
            Long previous = c.clocks().hearing();
            ClockView notice = clocks.start(c.caseRef(), SanctionClocks.HEARING_NOTICE, hearingOn, s.actor());
            c.scheduleHearing(hearingOn, notice.dueDate(), closedRequested, s);
            clocks.stop(previous, s.today(), "Séance reportée");
            clocks.meet(notice.id().value(), s.today(), "Convocation envoyée");
            c.clockStarted(CaseClocks.Kind.HEARING, notice.id().value());
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void holdHearing(SanctionReference reference, long expectedVersion, String attendance, String minutes) {
        act(reference, expectedVersion, "HEARING_HELD", (c, s) -> {
            c.holdHearing(attendance, minutes, s);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void openDeliberation(SanctionReference reference, long expectedVersion, Set<String> members) {
        act(reference, expectedVersion, "DELIBERATION_OPENED", (c, s) -> {
            c.openDeliberation(members, settings.quorum(), impartialities.of(c), s);
            return null;
        });
    }

    /** The current user votes; the rapporteur is refused (and the refusal audited). */
    @RolesAllowed({Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR, Roles.RAPPORTEUR})
    public void vote(SanctionReference reference, long expectedVersion, boolean inFavour) {
        act(reference, expectedVersion, "VOTE_CAST", (c, s) -> {
            c.vote(inFavour, impartialities.of(c), s);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void adoptDecision(SanctionReference reference, long expectedVersion, DecisionForm form) {
        act(reference, expectedVersion, "DECISION_ADOPTED", (c, s) -> {
            c.adoptDecision(form.measureList(), form.reasons(), form.fineCalculation(), caps, s);
            storeDecision(c);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void decideAlone(SanctionReference reference, long expectedVersion, DecisionForm form) {
        act(reference, expectedVersion, "DECISION_ADOPTED_BY_CHAIR_ALONE", (c, s) -> {
            c.decideAlone(form.measureList(), form.reasons(), form.fineCalculation(), caps, impartialities.of(c), s);
            clocks.stop(c.clocks().reply(), s.today(), "Décision prise");
            clocks.stop(c.clocks().answer(), s.today(), "Décision prise");
            storeDecision(c);
            return null;
        });
    }

    private void storeDecision(SanctionCase c) {
        DocumentInfo pdf = documents.storeGenerated(
                c.caseRef(),
                "decision-" + c.reference() + ".pdf",
                "application/pdf",
                letters.decision(c, organisationLinks.named(c)));
        c.decisionDocumentIs(pdf.id().toString());
    }

    /**
     * Notified today: the Conseil d'État appeal period starts (not suspensive), 2 months or 4 for an
     * organisation established abroad ({@link SanctionCase#appealPolicy()}).
     */
    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void notifyDecision(SanctionReference reference, long expectedVersion) {
        act(reference, expectedVersion, "DECISION_NOTIFIED", (c, s) -> {
            c.notifyDecision(s);
            ClockView appeal = clocks.start(c.caseRef(), c.appealPolicy(), s.today(), s.actor());
            c.clockStarted(CaseClocks.Kind.APPEAL, appeal.id().value());
            return null;
        });
    }

    @RolesAllowed({Roles.SANCTIONS_CHAIR, Roles.PRESIDENT})
    public void recordAppeal(SanctionReference reference, long expectedVersion, LocalDate lodgedOn) {
        act(reference, expectedVersion, "APPEAL_LODGED", (c, s) -> {
            c.recordAppeal(lodgedOn, s);
            clocks.meet(c.clocks().appeal(), c.appeal().lodgedOn(), "Recours formé devant le Conseil d'État");
            return null;
        });
    }

    @RolesAllowed({Roles.SANCTIONS_CHAIR, Roles.PRESIDENT})
    public void recordAppealOutcome(
            SanctionReference reference, long expectedVersion, AppealOutcome outcome, String summary) {
        act(reference, expectedVersion, "APPEAL_DECIDED", (c, s) -> {
            c.recordAppealOutcome(outcome, summary, s);
            return null;
        });
    }

    /** Publishes the decision; the name is removed on {@code anonymiseOn} (default: the configured years from today). */
    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void publish(SanctionReference reference, long expectedVersion, LocalDate anonymiseOn) {
        act(reference, expectedVersion, "DECISION_PUBLISHED", (c, s) -> {
            c.publish(anonymiseOn == null ? s.today().plusYears(settings.anonymiseAfterYears()) : anonymiseOn, s);
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public PenaltyAccrual accruePenalty(
            SanctionReference reference, long expectedVersion, LocalDate until, boolean complied) {
        return act(
                reference, expectedVersion, "PERIODIC_PENALTY_ACCRUED", (c, s) -> c.accruePenalty(until, complied, s));
    }

    /** Shares the (revised) draft decision with the concerned authorities: 4 weeks to object, 2 on a revision. */
    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void shareDraftDecision(SanctionReference reference, long expectedVersion) {
        act(reference, expectedVersion, "ART60_DRAFT_SHARED", (c, s) -> {
            clocks.stop(c.clocks().art60(), s.today(), "Projet révisé transmis");
            c.shareDraftDecision(s);
            ClockView objection = clocks.start(
                    c.caseRef(),
                    c.crossBorder().revisedDraft() ? SanctionClocks.ART_60_5 : SanctionClocks.ART_60_4,
                    s.today(),
                    s.actor());
            c.clockStarted(CaseClocks.Kind.ART60, objection.id().value());
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void recordObjection(SanctionReference reference, long expectedVersion, String authority, String text) {
        act(reference, expectedVersion, "ART60_OBJECTION_RECORDED", (c, s) -> {
            c.recordObjection(authority, text, s);
            clocks.meet(c.clocks().art60(), s.today(), "Objection pertinente et motivée reçue");
            return null;
        });
    }

    @RolesAllowed(Roles.SANCTIONS_CHAIR)
    public void flagForArt65(SanctionReference reference, long expectedVersion, Reason reason) {
        act(reference, expectedVersion, "ART65_FLAGGED", (c, s) -> {
            c.flagForArt65(reason, s);
            return null;
        });
    }

    /** Adds a document to the index of the file a party may consult (a new version of the index). */
    @RolesAllowed({Roles.RAPPORTEUR, Roles.SANCTIONS_CHAIR, Roles.PRESIDENT})
    public void addToFile(
            SanctionReference reference,
            long expectedVersion,
            String title,
            String documentId,
            boolean confidential,
            String publicVersionId,
            String audience,
            LocalDate sentOn) {
        act(reference, expectedVersion, "FILE_INDEX_UPDATED", (c, s) -> {
            c.addToFile(title, documentId, confidential, publicVersionId, audience, sentOn, s);
            return null;
        });
    }

    /**
     * Attaches a document (a party's submission, the report, minutes...) to the case through the
     * platform's document store, which checks its type, size and who may attach; it can then be
     * listed in the file index the parties consult.
     */
    @RolesAllowed({Roles.RAPPORTEUR, Roles.SANCTIONS_CHAIR, Roles.PRESIDENT})
    public DocumentInfo attachDocument(
            SanctionReference reference, long expectedVersion, String filename, InputStream content) {
        return act(reference, expectedVersion, "DOCUMENT_ATTACHED", (c, s) -> {
            c.documentAttached(filename, s);
            return documents.store(c.caseRef(), filename, content);
        });
    }

    /** A committee member declares an interest in an organisation: recused from its cases from now on. */
    @RolesAllowed({Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR})
    public void declareInterest(String organisationNumber, String organisationName, String description) {
        InterestDeclaration d =
                new InterestDeclaration(organisationNumber, organisationName, description, stamps.now());
        organisationLinks.link(d);
        cases.store(d);
        cases.flush();
        audit.record(AuditRecord.of(fr.vigie.sanctions.api.SanctionsModule.NAME, "INTEREST_DECLARED")
                .changed("organisation", null, organisationNumber != null ? organisationNumber : organisationName)
                .build());
    }

    /**
     * Refuses the current user as a judge of the case (the deliberation page answers 403), auditing
     * the refusal; does nothing for a member who may sit.
     */
    @RolesAllowed({Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR, Roles.RAPPORTEUR})
    public void checkMayJudge(SanctionReference reference) {
        SanctionCase c = load(reference);
        try {
            c.checkMayJudge(stamps.now().actor(), impartialities.of(c));
        } catch (DutyRefused refused) {
            refusals.refused(c.caseRef(), "DELIBERATION_PAGE_OPENED", refused);
            throw refused;
        }
    }

    /**
     * Runs an act on the case the person saw (refused on another version); a separation-of-duties
     * refusal is audited under {@code attempted}; the act's own audit entries come from the events
     * its verb recorded ({@link SanctionEventLog}).
     */
    private <T> T act(
            SanctionReference reference,
            long expectedVersion,
            String attempted,
            BiFunction<SanctionCase, Stamp, T> work) {
        SanctionCase c = load(reference);
        if (c.version() != expectedVersion) {
            throw new ConflictException("sanction case " + reference);
        }
        T result;
        try {
            result = work.apply(c, stamps.now());
        } catch (DutyRefused refused) {
            refusals.refused(c.caseRef(), attempted, refused);
            throw refused;
        }
        cases.flush();
        eventLog.write(c);
        return result;
    }

    private SanctionCase load(SanctionReference reference) {
        return cases.find(reference.value())
                .orElseThrow(() -> new NotFoundException("sanction case", reference.value()));
    }
}
