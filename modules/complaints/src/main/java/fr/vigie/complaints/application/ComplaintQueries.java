package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintAct;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.CrossBorderFile;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityAssessment;
import fr.vigie.complaints.domain.PriorityDecision;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What handlers and managers read: a complaint's file, its links, the work list and its counters.
 * Administrators too, since they reopen closed complaints (the supervisor's act).
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class ComplaintQueries {
    @Inject
    ComplaintRepository complaints;

    @Inject
    WorklistQuery worklist;

    @Inject
    SimilarFactsQueue similarFacts;

    @Inject
    DocumentStore documentStore;

    @Inject
    PermittedActs permittedActs;

    @Inject
    OrganisationDirectory directory;

    /**
     * The handlers offered for assignment besides those already holding complaints. The platform
     * publishes no user directory to modules yet, so this list is configuration.
     */
    @Inject
    @ConfigProperty(name = "vigie.complaints.handlers", defaultValue = "handler")
    List<String> configuredHandlers;

    /** The file with the acts the current user may do on it now. */
    public ComplaintFile file(String reference) {
        Complaint c = load(reference);
        return toFile(c, permittedActs.on(c), directory);
    }

    /** The outcomes the complaint may be closed with now (empty when it may not be closed), in their order. */
    public List<Outcome> closingOutcomes(String reference) {
        return load(reference).closingOutcomes().stream().sorted().toList();
    }

    /** Whether the complaint's similar-facts search is still to run (its suggestions are not all there yet). */
    public boolean similarFactsSearchPending(String reference) {
        return similarFacts.isQueued(load(reference).id());
    }

    public List<LinkView> links(String reference) {
        Complaint c = load(reference);
        List<LinkView> views = new ArrayList<>();
        for (ComplaintLink link : complaints.linksOf(c.id())) {
            Complaint other = complaints.findById(link.otherThan(c.id())).orElseThrow();
            views.add(new LinkView(
                    link.id(),
                    link.version(),
                    other.reference().value(),
                    other.organisation().name(),
                    other.status().name(),
                    link.kind().name(),
                    link.similarity(),
                    link.status().name(),
                    link.decidedBy(),
                    link.reason()));
        }
        return views;
    }

    public Page<ComplaintSummary> worklist(
            WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
        // The page's organisations from the directory, one query per page (ADR 7 step 1); the filter
        // and sort on the organisation still use the complaint's copy, in its own SQL (step 3).
        return CaseOrganisations.apply(
                directory,
                worklist.page(filter == null ? WorklistFilter.none() : filter, sortField, ascending, offset, limit),
                ComplaintSummary.ORGANISATION);
    }

    /** Gives every row of the filtered work list (up to {@code max}) to {@code sink}, in the list's order. */
    public int exportWorklist(
            WorklistFilter filter,
            String sortField,
            boolean ascending,
            int max,
            java.util.function.Consumer<ComplaintSummary> sink) {
        try (var resolved = CaseOrganisations.batched(directory, ComplaintSummary.ORGANISATION, EXPORT_BATCH, sink)) {
            return worklist.forEachRow(
                    filter == null ? WorklistFilter.none() : filter, sortField, ascending, max, resolved);
        }
    }

    /** The documents of a complaint (attachments received, letters sent), oldest first. */
    public List<DocumentInfo> documents(String reference) {
        Complaint c = load(reference);
        return documentStore.listFor(c.reference().caseRef()).stream()
                .sorted(java.util.Comparator.comparing(DocumentInfo::uploadedAt))
                .toList();
    }

    /** Rows of an export resolved against the directory per query. */
    static final int EXPORT_BATCH = 1_000;

    /** Largest campaign handled on one page. */
    public static final int CAMPAIGN_LIMIT = 5_000;

    /** The complaints of a campaign, oldest first. */
    public List<ComplaintSummary> campaign(String code) {
        return code == null || code.isBlank()
                ? List.of()
                : CaseOrganisations.apply(
                        directory, worklist.campaign(code.strip(), CAMPAIGN_LIMIT), ComplaintSummary.ORGANISATION);
    }

    public ClockCounters informationClockCounters() {
        return worklist.informationClockCounters();
    }

    /** Every handler who may be given a complaint, with their open complaints (zero included). */
    public List<Workload> workload() {
        Map<String, Long> byHandler = new TreeMap<>();
        configuredHandlers.stream().map(String::strip).filter(h -> !h.isEmpty()).forEach(h -> byHandler.put(h, 0L));
        worklist.openWorkload().forEach(w -> byHandler.put(w.handler(), w.open()));
        return byHandler.entrySet().stream()
                .map(e -> new Workload(e.getKey(), e.getValue()))
                .toList();
    }

    private Complaint load(String reference) {
        if (reference == null || !reference.matches("PL-\\d{4}-\\d{6,}")) {
            throw new NotFoundException("complaint", reference);
        }
        return complaints
                .find(new ComplaintReference(reference))
                .orElseThrow(() -> new NotFoundException("complaint", reference));
    }

    static ComplaintFile toFile(Complaint c, Set<ComplaintAct> acts, OrganisationDirectory directory) {
        Qualification q = c.qualification();
        CaseOrganisation organisation = CaseOrganisation.read(
                directory,
                c.organisationId(),
                c.organisation().name(),
                c.organisation().identifier());
        PriorityAssessment proposed = c.proposedPriority();
        Optional<PriorityDecision> decision = c.priorityDecision();
        return new ComplaintFile(
                c.reference().value(),
                c.version(),
                c.status().name(),
                c.channel().name(),
                c.receivedOn(),
                new ComplaintFile.Person(
                        c.complainant().name(),
                        c.complainant().email(),
                        c.complainant().postalAddress()),
                new ComplaintFile.Organisation(
                        organisation.name(), c.organisation().country(), organisation.number(), organisation.id()),
                c.facts(),
                c.categories().stream().map(Enum::name).sorted().toList(),
                c.peopleAffected(),
                q == null
                        ? null
                        : new ComplaintFile.Qualification(
                                q.admissible(), q.competent(), q.crossBorder(), q.leadAuthority()),
                c.assignee(),
                c.outcome() == null ? null : c.outcome().name(),
                c.closedOn(),
                c.acknowledgedOn(),
                c.lastInformedOn(),
                c.campaign(),
                new ComplaintFile.Priority(
                        proposed.score(),
                        proposed.level().name(),
                        proposed.reasons().stream()
                                .map(r -> new ComplaintFile.Reason(r.rule(), r.points()))
                                .toList(),
                        decision.map(d -> d.level().name()).orElse(null),
                        decision.map(PriorityDecision::decidedBy).orElse(null),
                        decision.map(PriorityDecision::overrideReason).orElse(null)),
                c.timeline().stream()
                        .map(e -> new ComplaintFile.Event(
                                e.type().name(), e.occurredAt(), e.actor(), e.reason(), e.detail()))
                        .toList(),
                c.letters().stream()
                        .map(l -> new ComplaintFile.Letter(
                                l.type().name(),
                                l.type().recipient().name(),
                                l.sentOn(),
                                l.sentBy(),
                                l.documentId(),
                                l.summary()))
                        .toList(),
                c.requests().stream()
                        .map(r -> new ComplaintFile.Request(
                                r.id(), r.questions(), r.sentOn(), r.answeredOn(), r.answerSummary()))
                        .toList(),
                acts.stream().sorted().map(Enum::name).toList(),
                c.crossBorder().map(xb -> crossBorder(c, xb)).orElse(null),
                c.crossBorderCase()
                        .map(k -> new ComplaintFile.CrossBorderCase(k.reference(), k.stage(), k.role(), k.stageOn()))
                        .orElse(null));
    }

    private static ComplaintFile.CrossBorder crossBorder(Complaint c, CrossBorderFile xb) {
        return new ComplaintFile.CrossBorder(
                xb.route().name(),
                CrossBorderFile.rules(c.receivedOn()).name(),
                xb.bodyName(),
                xb.bodyMandate(),
                xb.confidentialityClaimed(),
                xb.statedLead(),
                xb.receivedFrom(),
                xb.receivedFromReference(),
                xb.admissibility().name(),
                xb.admissibilityOn(),
                xb.missingInformation().stream().map(Enum::name).sorted().toList(),
                xb.inadmissibilityReasons(),
                xb.assessedOn(),
                xb.assessedCrossBorder(),
                xb.presumedLead(),
                xb.assessmentReason(),
                xb.transmittedOn(),
                xb.transmittedTo(),
                xb.transmittedBy(),
                xb.documentsSent(),
                xb.ledHereOn(),
                xb.announcedOn(),
                xb.inadmissibilityClock(),
                xb.transmissionClock(),
                c.availableCrossBorderActs().stream().sorted().map(Enum::name).toList());
    }
}
