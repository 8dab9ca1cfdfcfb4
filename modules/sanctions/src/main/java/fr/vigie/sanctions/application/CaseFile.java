package fr.vigie.sanctions.application;

import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.sanctions.domain.AppealOutcome;
import fr.vigie.sanctions.domain.CaseAct;
import fr.vigie.sanctions.domain.CaseStatus;
import fr.vigie.sanctions.domain.Procedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A sanction case as its file shows it, with the acts the current user may do now
 * ({@link #acts}: what the case allows, for the roles the user holds).
 */
public record CaseFile(
        String reference,
        long version,
        Procedure procedure,
        CaseStatus status,
        OrganisationView organisation,
        String originNotice,
        String originInspection,
        List<BreachView> breaches,
        LocalDate openedOn,
        LocalDate referredOn,
        String rapporteur,
        LocalDate reportNotifiedOn,
        LocalDate replyDueOn,
        boolean replyExtended,
        LocalDate replyReceivedOn,
        LocalDate answeredOn,
        LocalDate hearingOn,
        LocalDate hearingNoticeSentOn,
        boolean hearingPublic,
        LocalDate heardOn,
        String attendance,
        String minutes,
        Set<String> present,
        String deliberationChair,
        Integer quorum,
        List<VoteView> votes,
        boolean majorityInFavour,
        List<MeasureView> measures,
        String decisionReasons,
        String fineCalculation,
        LocalDate decidedOn,
        String decidedBy,
        String decisionDocument,
        LocalDate notifiedOn,
        LocalDate appealLodgedOn,
        AppealOutcome appealOutcome,
        LocalDate publishedOn,
        LocalDate anonymiseOn,
        LocalDate anonymisedOn,
        List<PenaltyView> penalties,
        BigDecimal penaltyAccrued,
        int art60Round,
        LocalDate art65FlaggedOn,
        List<ObjectionView> objections,
        int fileIndexVersion,
        List<FileEntryView> fileIndex,
        List<TimelineView> timeline,
        List<ClockView> clocks,
        List<DocumentView> documents,
        Set<CaseAct> acts) {

    /**
     * The organisation: name and SIREN read from the directory when the case holds its id
     * ({@code organisationId}, ADR 7 step 1), else the case's own copy; group and turnover are the
     * case's own.
     */
    public record OrganisationView(
            String name,
            String number,
            String groupName,
            BigDecimal turnover,
            Integer turnoverYear,
            boolean establishedAbroad,
            Long organisationId) {}

    public record BreachView(String article, String severity, String description) {}

    public record VoteView(String member, boolean inFavour) {}

    public record MeasureView(
            String type, String description, BigDecimal fine, BigDecimal penaltyPerDay, LocalDate complianceOn) {}

    public record PenaltyView(LocalDate from, LocalDate to, long days, BigDecimal amount, boolean complied) {}

    public record ObjectionView(
            String authority, String text, LocalDate receivedOn, int draftRound, boolean resolved) {}

    public record FileEntryView(
            int indexVersion,
            String title,
            String documentId,
            boolean confidential,
            String consultableId,
            String audience,
            LocalDate sentOn) {}

    public record TimelineView(
            String act, String actor, java.time.Instant occurredAt, LocalDate legalDay, String detail) {}

    public record DocumentView(
            String id, String filename, String contentType, long size, java.time.Instant uploadedAt) {}

    /** The members present, sorted, as one line. */
    public String presentText() {
        return String.join(", ", present.stream().sorted().toList());
    }

    /** True when the current user may do {@code act} now (pages ask this, never the status). */
    public boolean may(String act) {
        return acts.stream().anyMatch(a -> a.name().equals(act));
    }
}
