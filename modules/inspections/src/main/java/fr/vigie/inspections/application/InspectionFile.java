package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.Addendum;
import fr.vigie.inspections.domain.Finding;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionAct;
import fr.vigie.inspections.domain.TimelineEntry;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An inspection as its file page and the API show it, with the acts the current user may do now.
 * Enum values are names (translated by the page); dates are dates (formatted by the page).
 */
public record InspectionFile(
        String reference,
        long version,
        String status,
        String origin,
        String originCase,
        Breach breach,
        String type,
        String theme,
        int year,
        int quarter,
        Organisation organisation,
        String subject,
        String lead,
        Set<String> members,
        MissionOrder missionOrder,
        Minutes minutes,
        LocalDate observationsReceivedOn,
        UUID observationsDocument,
        Long observationsClock,
        String outcome,
        String outcomeReason,
        UUID closureLetter,
        LocalDate openedOn,
        String openedBy,
        LocalDate closedOn,
        String closedBy,
        List<FindingView> findings,
        List<AddendumView> addenda,
        List<EventView> timeline,
        Set<String> acts) {

    /**
     * The organisation inspected: name and SIREN read from the directory when the inspection holds
     * its id ({@code organisationId}, ADR 7 step 1), else the inspection's own copy.
     */
    public record Organisation(
            String name, String number, String country, boolean sensitiveData, boolean minors, Long organisationId) {}

    public record Breach(LocalDate knownOn, LocalDate notifiedOn, Integer peopleAffected, String dataCategories) {}

    public record MissionOrder(
            String place, LocalDate visitDate, String preparedBy, String signedBy, LocalDate signedOn, UUID document) {}

    public record Minutes(String peopleMet, String text, LocalDate notifiedOn, String sha256) {}

    public record FindingView(
            long id,
            String article,
            String severity,
            String description,
            List<UUID> evidence,
            boolean inAddendum,
            String recordedBy,
            Instant recordedAt) {}

    public record AddendumView(String author, Instant writtenAt, String reason, String text) {}

    public record EventView(String type, Instant occurredAt, String actor, String reason, String detail) {}

    public boolean may(String act) {
        return acts.contains(act);
    }

    public boolean isOpen() {
        return !"CLOSED".equals(status);
    }

    static InspectionFile of(Inspection i, CaseOrganisation organisation, Set<InspectionAct> allowed) {
        var m = i.missionOrder();
        var min = i.minutes();
        var b = i.breach();
        return new InspectionFile(
                i.reference().value(),
                i.version(),
                i.status().name(),
                i.origin().name(),
                i.originCase(),
                b == null ? null : new Breach(b.knownOn(), b.notifiedOn(), b.peopleAffected(), b.dataCategories()),
                i.type().name(),
                i.theme(),
                i.year(),
                i.quarter(),
                new Organisation(
                        organisation.name(),
                        organisation.number(),
                        i.organisation().country(),
                        i.organisation().sensitiveData(),
                        i.organisation().minors(),
                        organisation.id()),
                i.subject(),
                i.lead(),
                Set.copyOf(i.members()),
                new MissionOrder(m.place(), m.visitDate(), m.preparedBy(), m.signedBy(), m.signedOn(), m.document()),
                new Minutes(min.peopleMet(), min.text(), min.notifiedOn(), min.sha256()),
                i.observations().receivedOn(),
                i.observations().document(),
                i.observations().clock(),
                i.closure().outcome() == null ? null : i.closure().outcome().name(),
                i.closure().reason(),
                i.closure().letter(),
                i.openedOn(),
                i.openedBy(),
                i.closure().closedOn(),
                i.closure().closedBy(),
                i.findings().stream().map(InspectionFile::view).toList(),
                i.addenda().stream().map(InspectionFile::view).toList(),
                i.timeline().stream().map(InspectionFile::view).toList(),
                allowed.stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private static FindingView view(Finding f) {
        return new FindingView(
                f.id() == null ? 0 : f.id(),
                f.article(),
                f.severity().name(),
                f.description(),
                f.evidence(),
                f.inAddendum(),
                f.recordedBy(),
                f.recordedAt());
    }

    private static AddendumView view(Addendum a) {
        return new AddendumView(a.author(), a.writtenAt(), a.reason(), a.text());
    }

    private static EventView view(TimelineEntry e) {
        return new EventView(e.type().name(), e.occurredAt(), e.actor(), e.reason(), e.detail());
    }
}
