package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierAct;
import fr.vigie.dossiers.domain.TargetProgress;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A dossier as its file page and {@code GET /api/dossiers/{reference}} show it: the application,
 * where it stands, the committee's opinion and the decision (tacit ones marked as such), the
 * permit, the stages with the time spent in each, the elapsed time against the EHDS target, the
 * history and the clocks' due dates in short (the full clocks are at {@code /api/clocks}), and the
 * acts the reader may do now ({@code acts}: names of {@link DossierAct}, asked of
 * {@link Dossier#availableActs()}; the page shows a button for each, the API refuses the others).
 */
public record DossierFile(
        String reference,
        String caseRef,
        long version,
        String procedure,
        String status,
        String stage,
        String instructor,
        Application application,
        Fee fee,
        LocalDate createdOn,
        LocalDate submittedOn,
        LocalDate completeOn,
        boolean accelerated,
        Outcome opinion,
        Outcome decision,
        Permit permit,
        LocalDate deliveredOn,
        LocalDate availableOn,
        LocalDate stageDueOn,
        TargetProgress progress,
        List<StageView> stages,
        List<EventView> history,
        List<UUID> attachments,
        String committeeReview,
        List<String> acts) {

    /**
     * The application; the applicant's name and SIREN are read from the directory when the dossier
     * holds its id ({@code organisationId}, ADR 7 step 1), else they are the dossier's own copy.
     */
    public record Application(
            String title,
            String organisationName,
            String organisationCountry,
            String siren,
            boolean publicBody,
            String principalInvestigator,
            List<String> namedPersons,
            String purpose,
            String purposeLetter,
            String purposeDescription,
            List<String> declarations,
            String dataSources,
            String dataCategories,
            String dataForm,
            String dataFormJustification,
            String ethicsAssessment,
            Integer requestedMonths,
            String processingEnvironment,
            Long organisationId) {}

    public record Fee(BigDecimal amount, String currency, Boolean accepted) {}

    /** An opinion or decision; {@code tacit} when silence produced it. */
    public record Outcome(
            String kind, boolean tacit, LocalDate on, String text, boolean extended, LocalDate publishedOn) {}

    public record Permit(
            LocalDate issuedOn,
            LocalDate expiresOn,
            String conditions,
            UUID document,
            boolean extended,
            LocalDate expiredOn) {}

    public record StageView(String stage, int order, LocalDate startedOn, LocalDate endedOn, long days) {}

    public record EventView(String type, Instant occurredAt, String actor, String reason, String detail) {}

    /** Whether the reader may do {@code act} (a {@link DossierAct} name) now. */
    public boolean may(String act) {
        return acts.contains(act);
    }

    static DossierFile of(
            Dossier d, CaseOrganisation applicant, LocalDate today, String committeeReview, Set<DossierAct> allowed) {
        var app = new Application(
                d.application().title(),
                applicant.name(),
                d.application().organisationCountry(),
                applicant.number(),
                d.application().publicBody(),
                d.application().principalInvestigator(),
                d.application().namedPersons(),
                d.application().purpose() == null
                        ? null
                        : d.application().purpose().name(),
                d.application().purpose() == null
                        ? null
                        : d.application().purpose().letter(),
                d.application().purposeDescription(),
                d.application().declarations().stream().map(Enum::name).sorted().toList(),
                d.application().dataSources(),
                d.application().dataCategories(),
                d.application().dataForm() == null
                        ? null
                        : d.application().dataForm().name(),
                d.application().dataFormJustification(),
                d.application().ethicsAssessment(),
                d.application().requestedMonths(),
                d.application().processingEnvironment(),
                applicant.id());
        Fee fee = d.fee().estimate() == null
                ? null
                : new Fee(
                        d.fee().estimate().amount(),
                        d.fee().estimate().currency(),
                        d.fee().accepted());
        Outcome opinion = d.committeeOpinion().opinion() == null
                ? null
                : new Outcome(
                        d.committeeOpinion().opinion().name(),
                        d.committeeOpinion().opinion() == fr.vigie.dossiers.domain.Opinion.TACIT_FAVOURABLE,
                        d.committeeOpinion().givenOn(),
                        d.committeeOpinion().text(),
                        false,
                        null);
        Outcome decision = d.decision().outcome() == null
                ? null
                : new Outcome(
                        d.decision().outcome().name(),
                        d.decision().outcome() == fr.vigie.dossiers.domain.Decision.TACIT_AUTHORISATION,
                        d.decision().decidedOn(),
                        d.decision().reasons(),
                        d.decision().extended(),
                        d.decision().publishedOn());
        if (decision == null && d.decision().extended()) {
            decision = new Outcome(null, false, null, null, true, null);
        }
        Permit permit = d.permit().issuedOn() == null
                ? null
                : new Permit(
                        d.permit().issuedOn(),
                        d.permit().expiresOn(),
                        d.permit().conditions(),
                        d.permit().document(),
                        d.permit().extended(),
                        d.permit().expiredOn());
        List<StageView> stages = d.stages().stream()
                .map(s -> new StageView(s.stage().name(), s.stage().order(), s.startedOn(), s.endedOn(), s.days(today)))
                .toList();
        List<EventView> history = d.history().stream()
                .map(e -> new EventView(e.type().name(), e.occurredAt(), e.actor(), e.reason(), e.detail()))
                .toList();
        return new DossierFile(
                d.reference().value(),
                d.reference().caseRef().toString(),
                d.version(),
                d.procedure().name(),
                d.status().name(),
                d.status().stage() == null ? null : d.status().stage().name(),
                d.instructor(),
                app,
                fee,
                d.milestones().createdOn(),
                d.milestones().submittedOn(),
                d.milestones().completeOn(),
                d.accelerated(),
                opinion,
                decision,
                permit,
                d.milestones().deliveredOn(),
                d.milestones().availableOn(),
                d.stageDueOn(),
                d.progress(today),
                stages,
                history,
                d.attachments(),
                committeeReview,
                allowed.stream().sorted().map(Enum::name).toList());
    }
}
