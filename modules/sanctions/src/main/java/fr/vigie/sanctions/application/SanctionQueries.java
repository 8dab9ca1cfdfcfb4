package fr.vigie.sanctions.application;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.sanctions.domain.CaseAct;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.CaseStatus;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.Measure;
import fr.vigie.sanctions.domain.NoticeAct;
import fr.vigie.sanctions.domain.NoticeRepository;
import fr.vigie.sanctions.domain.NoticeStatus;
import fr.vigie.sanctions.domain.Procedure;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.TimelineEntry;
import fr.vigie.sanctions.domain.Undertaking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading formal notices and cases: their files, with the acts the current user may do now, and the lists. */
@Stateless
@RolesAllowed({
    Roles.PRESIDENT,
    Roles.RAPPORTEUR,
    Roles.SANCTIONS_MEMBER,
    Roles.SANCTIONS_CHAIR,
    Roles.MANAGER,
    Roles.ADMINISTRATOR
})
public class SanctionQueries {
    @Inject
    NoticeRepository notices;

    @Inject
    CaseRepository cases;

    @Inject
    CaseLists lists;

    @Inject
    SanctionClocks clocks;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser user;

    @Inject
    OrganisationDirectory directory;

    public CaseFile caseFile(String reference) {
        SanctionCase c = cases.find(reference).orElseThrow(() -> new NotFoundException("sanction case", reference));
        Set<CaseAct> acts = c.availableActs().stream()
                .filter(a -> a.allowedTo(user.roles()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAct.class)));
        return new CaseFile(
                c.reference(),
                c.version(),
                c.procedure(),
                c.status(),
                organisation(c.undertaking(), c.organisationId()),
                c.origin().notice(),
                c.origin().inspection() == null ? null : c.origin().inspection().toString(),
                c.breaches().stream()
                        .map(b -> new CaseFile.BreachView(b.article(), b.severity(), b.description()))
                        .toList(),
                c.origin().openedOn(),
                c.referredOn(),
                c.rapporteur(),
                c.instruction().reportNotifiedOn(),
                c.instruction().replyDueOn(),
                c.instruction().replyExtended(),
                c.instruction().replyReceivedOn(),
                c.instruction().answeredOn(),
                c.hearing().on(),
                c.hearing().noticeSentOn(),
                c.hearing().isPublic(),
                c.hearing().heardOn(),
                c.hearing().attendance(),
                c.hearing().minutes(),
                c.present(),
                c.deliberation().chair(),
                c.deliberation().quorum(),
                c.votes().stream()
                        .map(v -> new CaseFile.VoteView(v.member(), v.inFavour()))
                        .toList(),
                c.deliberation().majorityInFavour(c.votes()),
                c.measures().stream().map(SanctionQueries::measure).toList(),
                c.decision().reasons(),
                c.decision().fineCalculation(),
                c.decision().decidedOn(),
                c.decision().decidedBy(),
                c.decision().document(),
                c.decision().notifiedOn(),
                c.appeal().lodgedOn(),
                c.appeal().outcome(),
                c.publication().publishedOn(),
                c.publication().anonymiseOn(),
                c.publication().anonymisedOn(),
                c.penalties().stream()
                        .map(p -> new CaseFile.PenaltyView(
                                p.from(), p.to(), p.days(), p.amount().amount(), p.complied()))
                        .toList(),
                c.penaltyAccrued().amount(),
                c.crossBorder().round(),
                c.crossBorder().art65FlaggedOn(),
                c.objections().stream()
                        .map(o -> new CaseFile.ObjectionView(
                                o.authority(), o.text(), o.receivedOn(), o.draftRound(), o.resolved()))
                        .toList(),
                c.fileIndexVersion(),
                c.fileIndex().stream()
                        .map(f -> new CaseFile.FileEntryView(
                                f.indexVersion(),
                                f.title(),
                                f.documentId(),
                                f.confidential(),
                                f.consultableId(),
                                f.audience(),
                                f.sentOn()))
                        .toList(),
                timeline(c.timeline()),
                clocks.of(c.caseRef()),
                documents(c.caseRef()),
                acts);
    }

    public NoticeFile noticeFile(String reference) {
        FormalNotice n = notices.find(reference).orElseThrow(() -> new NotFoundException("formal notice", reference));
        Set<NoticeAct> acts = n.availableActs().stream()
                .filter(a -> a.allowedTo(user.roles()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeAct.class)));
        return new NoticeFile(
                n.reference(),
                n.version(),
                n.status(),
                organisation(n.undertaking(), n.organisationId()),
                n.originInspection() == null ? null : n.originInspection().toString(),
                n.breaches().stream()
                        .map(b -> new CaseFile.BreachView(b.article(), b.severity(), b.description()))
                        .toList(),
                n.measuresRequired(),
                n.period().amount(),
                n.period().unit(),
                n.preparedBy(),
                n.preparedOn(),
                n.signedBy(),
                n.signedOn(),
                n.dueOn(),
                n.extended(),
                n.extensionReason(),
                n.madePublic(),
                n.publicityReasons(),
                n.assessedOn(),
                n.assessment(),
                n.sanctionCase(),
                n.letterDocument(),
                timeline(n.timeline()),
                clocks.of(n.caseRef()),
                acts);
    }

    public CasePage page(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
        CasePage page =
                lists.page(filter == null ? CaseFilter.all() : filter, sort, ascending, Math.max(0, offset), limit);
        // The page's organisations from the directory, one query per page (ADR 7 step 1); the search
        // and sort on the organisation still use the case's copy, in its own SQL (step 3).
        return new CasePage(CaseOrganisations.apply(directory, page.rows(), CaseRow.ORGANISATION), page.total());
    }

    // ---------------------------------------------------------------- the home page's lists, each read by the database

    /** The president's formal notices to sign: the drafts (only a draft is signed), oldest first. */
    public List<CaseRow> noticesToSign(int max) {
        return rows(new CaseFilter(CaseRow.NOTICE, NoticeStatus.DRAFT.name(), null, null, null, true), "openedOn", max);
    }

    /** The president's cases to refer to the committee: opened, not referred yet; oldest first. */
    public List<CaseRow> casesToRefer(int max) {
        return rows(caseFilter(CaseStatus.AWAITING_REFERRAL, null, null), "openedOn", max);
    }

    /** The open cases of which the current user is the rapporteur, next deadline first. */
    public List<CaseRow> myCases(int max) {
        return rows(caseFilter(null, null, user.username()), "nextDueOn", max);
    }

    /** The committee's hearings to come: scheduled and not held yet, soonest first. */
    public List<CaseRow> hearingsToCome(int max) {
        return rows(caseFilter(CaseStatus.HEARING_SCHEDULED, null, null), "hearingOn", max);
    }

    /** The cases the committee is deliberating on (the members vote), oldest first. */
    public List<CaseRow> deliberations(int max) {
        return rows(caseFilter(CaseStatus.DELIBERATING, null, null), "openedOn", max);
    }

    /** The open cases the chair decides alone (simplified procedure), next deadline first. */
    public List<CaseRow> simplifiedCases(int max) {
        return rows(caseFilter(null, Procedure.SIMPLIFIED, null), "nextDueOn", max);
    }

    private static CaseFilter caseFilter(CaseStatus status, Procedure procedure, String rapporteur) {
        return new CaseFilter(
                CaseRow.CASE,
                status == null ? null : status.name(),
                procedure == null ? null : procedure.name(),
                rapporteur,
                null,
                true);
    }

    private List<CaseRow> rows(CaseFilter filter, String sort, int max) {
        return CaseOrganisations.apply(
                directory, lists.page(filter, sort, true, 0, max).rows(), CaseRow.ORGANISATION);
    }

    /** The sanctions activity report: decisions, measures and fines per year, procedure and article. */
    public List<ActivityRow> activity() {
        return lists.activity();
    }

    private List<CaseFile.DocumentView> documents(fr.vigie.platform.api.CaseRef ref) {
        return documents.listFor(ref).stream()
                .map(d -> new CaseFile.DocumentView(
                        d.id().toString(), d.filename(), d.contentType(), d.size(), d.uploadedAt()))
                .toList();
    }

    private CaseFile.OrganisationView organisation(Undertaking u, Optional<Long> organisationId) {
        CaseOrganisation named = CaseOrganisation.read(directory, organisationId, u.name(), u.number());
        return new CaseFile.OrganisationView(
                named.name(),
                named.number(),
                u.groupName(),
                u.turnover() == null ? null : u.turnover().amount(),
                u.turnoverYear(),
                u.establishedAbroad(),
                named.id());
    }

    private static CaseFile.MeasureView measure(Measure m) {
        BigDecimal fine = m.fine() == null ? null : m.fine().amount();
        BigDecimal penalty =
                m.penaltyPerDay() == null ? null : m.penaltyPerDay().amount();
        return new CaseFile.MeasureView(m.type().name(), m.description(), fine, penalty, m.complianceOn());
    }

    private static List<CaseFile.TimelineView> timeline(List<TimelineEntry> entries) {
        return entries.stream()
                .map(t -> new CaseFile.TimelineView(t.act(), t.actor(), t.occurredAt(), t.legalDay(), t.detail()))
                .toList();
    }
}
