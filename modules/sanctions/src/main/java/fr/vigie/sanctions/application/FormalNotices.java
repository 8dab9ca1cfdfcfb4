package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.NoticeRepository;
import fr.vigie.sanctions.domain.SanctionCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The president's use cases on formal notices. Each act names the version the person saw, is
 * audited with its reason and keeps the compliance clock in step.
 */
@Stateless
@RolesAllowed(Roles.PRESIDENT)
public class FormalNotices {
    @Inject
    OrganisationLinks organisationLinks;

    @Inject
    NoticeRepository notices;

    @Inject
    CaseRepository cases;

    @Inject
    SanctionClocks clocks;

    @Inject
    LetterRenderer letters;

    @Inject
    DocumentStore documents;

    @Inject
    AuditTrail audit;

    @Inject
    SanctionEventLog eventLog;

    @Inject
    Stamps stamps;

    /** Prepares a draft directly (not from an inspection); returns its reference. */
    public String prepare(NoticeForm form) {
        return prepare(form, null, Set.of(), stamps.now());
    }

    String prepare(NoticeForm form, CaseRef inspection, Set<String> inspectors, Stamp stamp) {
        FormalNotice n = new FormalNotice(
                notices.nextReference(stamp.today().getYear()),
                form.undertaking(),
                form.breachList(),
                form.measuresRequired(),
                form.period(),
                inspection,
                inspectors,
                stamp);
        organisationLinks.link(n);
        notices.store(n);
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_PREPARED", n.caseRef(), null)
                .changed("origin", null, inspection)
                .changed("period", null, n.period())
                .build());
        return n.reference();
    }

    public void revise(String reference, long expectedVersion, NoticeForm form) {
        FormalNotice n = load(reference, expectedVersion);
        n.revise(form.breachList(), form.measuresRequired(), form.period(), stamps.now());
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_REVISED", n.caseRef(), null)
                .changed("period", null, n.period())
                .build());
    }

    /** Signs and notifies today: the compliance clock starts with the period chosen, the letter is stored. */
    public void sign(String reference, long expectedVersion) {
        FormalNotice n = load(reference, expectedVersion);
        Stamp stamp = stamps.now();
        n.sign(stamp);
        ClockView clock = clocks.startChosen(
                n.caseRef(),
                SanctionClocks.FORMAL_NOTICE_COMPLIANCE,
                stamp.today(),
                stamp.actor(),
                n.period().amount(),
                n.period().unit());
        n.clockIs(clock.id().value(), clock.dueDate());
        DocumentInfo letter = documents.storeGenerated(
                n.caseRef(),
                "mise-en-demeure-" + n.reference() + ".pdf",
                "application/pdf",
                letters.notice(n, organisationLinks.named(n)));
        n.letterIs(letter.id().toString());
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_SIGNED", n.caseRef(), null)
                .changed("status", "DRAFT", n.status())
                .changed("dueOn", null, n.dueOn())
                .build());
    }

    /** Extends the period once, with a reason (the clock's own extension rule agrees). */
    public void extend(String reference, long expectedVersion, int amount, String unit, String reason) {
        FormalNotice n = load(reference, expectedVersion);
        java.time.LocalDate before = n.dueOn();
        n.extend(amount, unit, reason, stamps.now());
        if (n.clockId() != null) {
            ClockView clock = clocks.extend(n.clockId(), amount, unit.toLowerCase(java.util.Locale.ROOT), reason);
            n.clockIs(clock.id().value(), clock.dueDate());
        }
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_EXTENDED", n.caseRef(), reason)
                .changed("dueOn", before, n.dueOn())
                .build());
    }

    public void makePublic(String reference, long expectedVersion, String reasons) {
        FormalNotice n = load(reference, expectedVersion);
        n.makePublic(reasons, stamps.now());
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_MADE_PUBLIC", n.caseRef(), reasons)
                .changed("public", false, true)
                .build());
    }

    public void closeComplied(String reference, long expectedVersion, String assessment) {
        FormalNotice n = load(reference, expectedVersion);
        Stamp stamp = stamps.now();
        n.closeComplied(assessment, stamp);
        clocks.meet(n.clockId(), stamp.today(), "Mise en conformité constatée");
        notices.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_COMPLIED", n.caseRef(), assessment)
                .changed("status", "RUNNING", n.status())
                .build());
    }

    /** Not complied with: opens the sanction case awaiting the president's referral; returns its reference. */
    public String findNotComplied(String reference, long expectedVersion, String assessment) {
        FormalNotice n = load(reference, expectedVersion);
        Stamp stamp = stamps.now();
        SanctionCase c = new SanctionCase(
                cases.nextReference(stamp.today().getYear()),
                n.undertaking(),
                n.breaches(),
                n.reference(),
                n.originInspection(),
                n.inspectors(),
                stamp);
        n.findNotComplied(assessment, c.reference(), stamp);
        clocks.stop(n.clockId(), stamp.today(), "Mise en demeure non respectée");
        organisationLinks.link(c);
        cases.store(c);
        notices.flush();
        cases.flush();
        audit.record(SanctionAudit.of("FORMAL_NOTICE_NOT_COMPLIED", n.caseRef(), assessment)
                .changed("status", "RUNNING", n.status())
                .changed("sanctionCase", null, c.reference())
                .build());
        eventLog.write(c, assessment);
        return c.reference();
    }

    private FormalNotice load(String reference, long expectedVersion) {
        FormalNotice n = notices.find(reference).orElseThrow(() -> new NotFoundException("formal notice", reference));
        if (n.version() != expectedVersion) {
            throw new ConflictException("formal notice " + reference);
        }
        return n;
    }
}
