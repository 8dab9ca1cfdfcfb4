package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.api.CrossBorderStageReached;
import fr.vigie.complaints.api.CrossBorderStageReached.ComplainantInformation;
import fr.vigie.complaints.api.CrossBorderStageReached.Role;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.Complainant;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.NewComplaint;
import fr.vigie.complaints.domain.Organisation;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.api.security.SystemTasks;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The complaints follow their cross-border case: each named complaint records the case and its stage
 * as the system, audits it with the case as the reason, and its handler is told when the complainant
 * must be informed, with the weeks the law gives; a complaint nobody handles, or an unknown one, is
 * still no reason to refuse the case's act.
 */
class CrossBorderStageFollowerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final Stamp SYSTEM = new Stamp("system", Instant.parse("2026-11-02T09:00:00Z"), TODAY);

    private final Map<String, Complaint> stored = new HashMap<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final List<List<Object>> notified = new ArrayList<>();
    private final List<String> systemTasks = new ArrayList<>();
    private final CrossBorderStageFollower follower = new CrossBorderStageFollower();

    CrossBorderStageFollowerTest() {
        follower.complaints = proxy(ComplaintRepository.class, (name, args) -> switch (name) {
            case "find" -> Optional.ofNullable(stored.get(((ComplaintReference) args[0]).value()));
            case "flush" -> null;
            default -> throw new UnsupportedOperationException(name);
        });
        ComplaintEventLog log = new ComplaintEventLog();
        log.audit = proxy(AuditTrail.class, (name, args) -> audited.add((AuditRecord) args[0]));
        follower.eventLog = log;
        follower.stamps = new Stamps() {
            @Override
            public Stamp now() {
                return SYSTEM;
            }
        };
        follower.systemTasks = proxy(SystemTasks.class, (name, args) -> {
            if (name.equals("call")) {
                systemTasks.add((String) args[0]);
                return ((Supplier<?>) args[1]).get();
            }
            if (name.equals("run")) {
                systemTasks.add((String) args[0]);
                ((Runnable) args[1]).run();
                return null;
            }
            throw new UnsupportedOperationException(name);
        });
        follower.notifier = proxy(Notifier.class, (name, args) -> notified.add(flatten(args)));
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> answer.answer(m.getName(), args));
    }

    private static List<Object> flatten(Object[] args) {
        List<Object> all = new ArrayList<>(List.of(args).subList(0, args.length - 1));
        all.addAll(List.of((Object[]) args[args.length - 1]));
        return all;
    }

    private Complaint complaint(long number, String handler) {
        NewComplaint facts = new NewComplaint(
                Channel.WEB_FORM,
                LocalDate.of(2026, 9, 1),
                new Complainant("Claire Martin", "claire.martin@example.fr", null),
                new Organisation("Réseau social exemple", "IE", null),
                "Le réseau social refuse de supprimer mon compte depuis trois mois malgré mes demandes.",
                Set.of(Category.ACCESS_RIGHT),
                1);
        Stamp stamp = new Stamp("handler", Instant.parse("2026-09-01T09:00:00Z"), LocalDate.of(2026, 9, 1));
        Complaint c = new Complaint(
                ComplaintReference.of(2026, number),
                null,
                facts,
                PriorityRules.assess(facts.categories(), 1, 0),
                stamp);
        if (handler != null) {
            c.acknowledge(null, stamp);
            c.qualify(new Qualification(true, true, false, null), "Plainte recevable", stamp);
            c.assignTo(handler, "Dossier transfrontalier", stamp);
        }
        c.drainEvents();
        stored.put(c.reference().value(), c);
        return c;
    }

    private static CrossBorderStageReached reached(
            String stage, ComplainantInformation information, CaseRef... complaints) {
        return new CrossBorderStageReached(
                new CaseRef("crossborder", "TF-2026-000001"),
                List.of(complaints),
                stage,
                Role.CONCERNED,
                TODAY,
                information);
    }

    @Test
    void eachComplaintRecordsTheStageAsTheSystemWithTheCaseAsTheReason() {
        Complaint first = complaint(101, "camille.durand");
        Complaint second = complaint(102, "camille.durand");

        follower.onStageReached(reached(
                "DRAFT_DECISION_SUBMITTED",
                ComplainantInformation.NONE,
                first.reference().caseRef(),
                second.reference().caseRef()));

        assertEquals(List.of("complaints follow cross-border case TF-2026-000001"), systemTasks);
        for (Complaint c : List.of(first, second)) {
            assertEquals(
                    "DRAFT_DECISION_SUBMITTED",
                    c.crossBorderCase().orElseThrow().stage());
            assertEquals(TODAY, c.crossBorderCase().orElseThrow().stageOn());
        }
        assertEquals(2, audited.size());
        assertEquals("COMPLAINT_XB_CASE_STAGE", audited.get(0).action());
        assertEquals("TF-2026-000001", audited.get(0).reason());
        assertTrue(notified.isEmpty(), "nothing to tell the complainant at this stage");
    }

    @Test
    void theHandlerIsToldWhatToSendAndTheWeeksTheLawGives() {
        Complaint c = complaint(103, "camille.durand");

        follower.onStageReached(reached(
                "PRELIMINARY_FINDINGS_ISSUED",
                ComplainantInformation.PRELIMINARY_FINDINGS_ART_20_1,
                c.reference().caseRef()));

        assertEquals(
                List.of(List.of(
                        "camille.durand",
                        "complaints.notify.xb.PRELIMINARY_FINDINGS_ART_20_1",
                        new CaseRef("complaints", "PL-2026-000103"),
                        "/complaints/file.xhtml?reference=PL-2026-000103",
                        "PL-2026-000103",
                        "TF-2026-000001",
                        "3",
                        "6")),
                notified);
    }

    @Test
    void anUnassignedOrUnknownComplaintDoesNotStopTheCase() {
        Complaint unassigned = complaint(104, null);

        follower.onStageReached(reached(
                "FINAL_DECISION_ADOPTED",
                ComplainantInformation.FINAL_DECISION_GDPR_ART_60,
                unassigned.reference().caseRef(),
                new CaseRef("complaints", "PL-2026-999999")));

        assertEquals(
                "FINAL_DECISION_ADOPTED",
                unassigned.crossBorderCase().orElseThrow().stage());
        assertTrue(notified.isEmpty());
    }
}
