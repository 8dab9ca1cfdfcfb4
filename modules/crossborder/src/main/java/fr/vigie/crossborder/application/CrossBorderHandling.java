package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.CaseDocument;
import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.crossborder.domain.Transmission;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * The role-checked entry point of every act on a cross-border case (one transaction each). Complaint
 * handlers follow the cases where the CNIL is concerned (and open them from complaints); the
 * rapporteurs and the president instruct and decide when it leads (docs/cross-border.md, Roles). The
 * aggregate then decides whether the act is possible now.
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT})
public class CrossBorderHandling {
    @jakarta.inject.Inject
    CrossBorderActs acts;

    public CrossBorderCaseId open(
            LocalDate openedOn, SupervisoryAuthority lead, String organisationName, Long directoryId, Reason reason) {
        return acts.open(openedOn, lead, organisationName, directoryId, reason);
    }

    public void joinComplaint(CrossBorderCaseId id, long version, CaseRef complaint, Reason reason) {
        acts.joinComplaint(id, version, complaint, reason == null ? null : reason.text());
    }

    public void addConcernedAuthority(CrossBorderCaseId id, long version, SupervisoryAuthority authority) {
        acts.addConcernedAuthority(id, version, authority);
    }

    public int fileDocument(
            CrossBorderCaseId id,
            long version,
            String title,
            CaseDocument.Confidentiality confidentiality,
            Integer versionOf,
            LocalDate on,
            String filename,
            InputStream content) {
        return acts.fileDocument(id, version, title, confidentiality, versionOf, on, filename, content);
    }

    public void recordDocumentSent(
            CrossBorderCaseId id,
            long version,
            int number,
            Transmission.Recipient recipient,
            SupervisoryAuthority authority,
            LocalDate on) {
        acts.recordDocumentSent(id, version, number, recipient, authority, on);
    }

    public void extendInvestigationDeadline(
            CrossBorderCaseId id, long version, Integer months, LocalDate on, String reason) {
        acts.extendInvestigationDeadline(id, version, months, on, reason);
    }

    public void act(
            CrossBorderCaseId id,
            long version,
            CrossBorderAct act,
            LocalDate on,
            SupervisoryAuthority authority,
            String reason) {
        acts.act(id, version, act, on, authority, reason);
    }
}
