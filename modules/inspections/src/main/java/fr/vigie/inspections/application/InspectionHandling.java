package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The role-checked entry point of every act on an inspection (one transaction each). The roles
 * here are those of {@link fr.vigie.inspections.domain.InspectionAct}; the aggregate then decides
 * whether the act is possible now, and for the minutes whether the person is on the team.
 */
@Stateless
@RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
public class InspectionHandling {
    @Inject
    InspectionActs acts;

    public InspectionReference open(NewInspectionForm form) {
        return acts.open(form);
    }

    public void prepare(
            InspectionReference reference,
            long version,
            String lead,
            Set<String> members,
            String place,
            LocalDate visitDate) {
        acts.prepare(reference, version, lead, members, place, visitDate);
    }

    @RolesAllowed(Roles.PRESIDENT)
    public UUID signMissionOrder(InspectionReference reference, long version) {
        return acts.signMissionOrder(reference, version);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public void conduct(InspectionReference reference, long version, LocalDate conductedOn) {
        acts.conduct(reference, version, conductedOn);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public void writeMinutes(InspectionReference reference, long version, String peopleMet, String text) {
        acts.writeMinutes(reference, version, peopleMet, text);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public long addFinding(
            InspectionReference reference,
            long version,
            String article,
            String severity,
            String description,
            List<UUID> evidence,
            Reason reason) {
        return acts.addFinding(reference, version, article, severity, description, evidence, reason);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public void removeFinding(InspectionReference reference, long version, long findingId) {
        acts.removeFinding(reference, version, findingId);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public DocumentInfo attachEvidence(
            InspectionReference reference, long version, String filename, InputStream content) {
        return acts.attachEvidence(reference, version, filename, content);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public String notifyMinutes(InspectionReference reference, long version) {
        return acts.notifyMinutes(reference, version);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public void addAddendum(InspectionReference reference, long version, Reason reason, String text) {
        acts.addAddendum(reference, version, reason, text);
    }

    @RolesAllowed({Roles.INSPECTOR, Roles.HEAD_OF_INSPECTIONS})
    public void recordObservations(
            InspectionReference reference, long version, LocalDate receivedOn, String filename, InputStream content) {
        acts.recordObservations(reference, version, receivedOn, filename, content);
    }

    public void recordPeriodElapsed(InspectionReference reference, long version) {
        acts.recordPeriodElapsed(reference, version);
    }

    public void close(InspectionReference reference, long version, String outcome, Reason reason) {
        acts.close(reference, version, outcome, reason);
    }
}
