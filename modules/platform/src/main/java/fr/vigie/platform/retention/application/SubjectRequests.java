package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.retention.PersonQuery;
import fr.vigie.platform.api.retention.PersonalDataHolder;
import fr.vigie.platform.api.retention.PersonalDataRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests of people about their data in Vigie itself (GDPR Art. 15 and 17): find every case that
 * holds it, export it, erase it where the law allows. Every act is audited under the request's own
 * reference; the search criteria are personal data and are not written in the trail (only which
 * criteria were given and how many cases matched).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class SubjectRequests {
    /** More than this is not one person: the administrator narrows the criteria. */
    public static final int MAX_HITS = 200;

    @Inject
    RetentionSchedule schedule;

    @Inject
    RetentionStore store;

    @Inject
    AuditTrail audit;

    @Inject
    AuditReasonEraser auditReasons;

    @Inject
    ReadAccessLog readAccess;

    @Inject
    SubjectDataExport export;

    @Inject
    Clock clock;

    /** Every case holding data that matches the query; a held case is marked not erasable. */
    public List<PersonalDataRecord> find(PersonQuery query, String requestReference) {
        String request = requireRequest(requestReference);
        if (query == null || query.isEmpty()) {
            throw DomainException.onField("name", "error.subject.criteria");
        }
        if (query.name() != null && query.name().length() < 3) {
            throw DomainException.onField("name", "error.subject.nameTooShort", 3);
        }
        List<PersonalDataRecord> hits = new ArrayList<>();
        for (PersonalDataHolder holder : schedule.holders()) {
            for (PersonalDataRecord found : holder.find(query, MAX_HITS + 1)) {
                hits.add(heldOrNot(found));
            }
        }
        if (hits.size() > MAX_HITS) {
            throw DomainException.onField("name", "error.subject.tooMany", MAX_HITS);
        }
        audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.SUBJECT_SEARCHED)
                .because(request)
                .changed("criteria", null, criteria(query))
                .changed("cases", null, hits.size())
                .build());
        return hits;
    }

    /** The cases' personal data as JSON, recorded as an export in the read-access log. */
    public byte[] exportJson(PersonQuery query, String requestReference) {
        List<PersonalDataRecord> hits = find(query, requestReference);
        exported(requestReference, hits, "json");
        return export.json(requestReference.trim(), hits, clock.instant());
    }

    /** The same as a PDF letter to the person. */
    public byte[] exportPdf(PersonQuery query, String requestReference) {
        List<PersonalDataRecord> hits = find(query, requestReference);
        exported(requestReference, hits, "pdf");
        return export.pdf(requestReference.trim(), hits, clock.instant());
    }

    /**
     * Erases the person's data from one case: pseudonymised and its file deleted at once. Refused
     * while the case is open or under a legal hold (GDPR Art. 17(3)(b) and (e)).
     */
    public List<String> erase(String caseRefText, String requestReference, String reason) {
        String request = requireRequest(requestReference);
        String why = Reason.require(reason);
        CaseRef caseRef = CaseRef.parse(caseRefText);
        PersonalDataHolder holder = schedule.holder(caseRef.module())
                .orElseThrow(
                        () -> DomainException.onField("caseRef", "error.retention.unknownModule", caseRef.module()));
        if (store.holdsOf(caseRef).stream().anyMatch(h -> h.active())) {
            throw DomainException.onField("caseRef", "error.subject.held", caseRef.toString());
        }
        List<String> erased = holder.erase(caseRef.reference(), LocalDate.now(clock));
        List<String> caseRefs =
                erased.stream().map(r -> caseRef.module() + ":" + r).toList();
        int reasons = caseRefs.isEmpty() ? 0 : auditReasons.erase(caseRef.module(), caseRefs, request);
        int documents = caseRefs.isEmpty() ? 0 : store.deleteDocuments(caseRefs);
        audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.SUBJECT_ERASED)
                .onCase(caseRef)
                .because(request + " — " + why)
                .changed("cases", null, erased.size())
                .changed("documentsDeleted", null, documents)
                .changed("auditReasonsErased", null, reasons)
                .build());
        return erased;
    }

    private void exported(String requestReference, List<PersonalDataRecord> hits, String format) {
        audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.SUBJECT_EXPORTED)
                .because(requestReference.trim())
                .changed("format", null, format)
                .changed("cases", null, hits.size())
                .build());
        readAccess.recordExport(
                RetentionAudit.MODULE,
                "Demande " + requestReference.trim() + " : " + hits.size() + " dossiers (" + format + ")");
    }

    private PersonalDataRecord heldOrNot(PersonalDataRecord found) {
        if (found.erasureRefusal() != null
                || store.holdsOf(found.caseRef()).stream().noneMatch(h -> h.active())) {
            return found;
        }
        return new PersonalDataRecord(
                found.caseRef(),
                found.caseType(),
                found.status(),
                found.closedOn(),
                found.matchedOn(),
                found.personalData(),
                found.pseudonymisedOn(),
                "subject.refusal.held");
    }

    private static String requireRequest(String requestReference) {
        if (requestReference == null || requestReference.isBlank()) {
            throw DomainException.onField("request", "error.subject.request");
        }
        if (requestReference.length() > 100) {
            throw DomainException.onField("request", "error.reason.tooLong", 100);
        }
        return requestReference.trim();
    }

    private static String criteria(PersonQuery query) {
        List<String> given = new ArrayList<>();
        if (query.name() != null) {
            given.add("name");
        }
        if (query.email() != null) {
            given.add("email");
        }
        if (query.postalAddress() != null) {
            given.add("postalAddress");
        }
        return String.join(", ", given);
    }
}
