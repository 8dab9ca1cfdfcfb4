package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import fr.vigie.sanctions.api.SanctionsModule;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A formal notice (mise en demeure) signed by the president: the breaches, the measures required
 * and the period to comply (at least 10 days, décret art. 38; 3 months by default; extendable
 * once with a reason). It may be made public, with reasons. Compliance is then assessed: complied
 * closes it, not complied opens a sanction case.
 */
@Entity
@Table(schema = "sanctions", name = "formal_notice")
@NamedQuery(name = "FormalNotice.byReference", query = "SELECT n FROM FormalNotice n WHERE n.reference = :reference")
@NamedQuery(
        name = "FormalNotice.fromInspection",
        query = "SELECT n FROM FormalNotice n WHERE n.originInspection = :inspection ORDER BY n.reference")
public class FormalNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeStatus status;

    @Embedded
    private Undertaking undertaking;

    @Column(name = "origin_inspection")
    private String originInspection;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "notice_inspector", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "username")
    private Set<String> inspectors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "notice_breach", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<Breach> breaches = new ArrayList<>();

    @Column(name = "measures_required")
    private String measuresRequired;

    @Embedded
    private CompliancePeriod period;

    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;

    @Column(name = "prepared_on", nullable = false)
    private LocalDate preparedOn;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "extended", nullable = false)
    private boolean extended;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "made_public", nullable = false)
    private boolean madePublic;

    @Column(name = "publicity_reasons")
    private String publicityReasons;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessment")
    private String assessment;

    @Column(name = "sanction_case")
    private String sanctionCase;

    @Column(name = "letter_document")
    private String letterDocument;

    @Column(name = "clock_id")
    private Long clockId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "notice_timeline", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "act", column = @Column(name = "act"))
    private List<TimelineEntry> timeline = new ArrayList<>();

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    protected FormalNotice() {
        // for JPA
    }

    /**
     * Prepares a draft, from an inspection's proposal ({@code originInspection} and its team) or directly.
     *
     * @param period null for the default (3 months)
     */
    public FormalNotice(
            String reference,
            Undertaking undertaking,
            List<Breach> breaches,
            String measuresRequired,
            CompliancePeriod period,
            CaseRef originInspection,
            Set<String> inspectors,
            Stamp stamp) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.undertaking = Objects.requireNonNull(undertaking, "undertaking");
        this.status = NoticeStatus.DRAFT;
        this.originInspection = originInspection == null ? null : originInspection.toString();
        this.inspectors.addAll(inspectors == null ? Set.of() : inspectors);
        this.preparedBy = stamp.actor();
        this.preparedOn = stamp.today();
        fill(breaches, measuresRequired, period, false);
        record("PREPARED", stamp, originInspection == null ? null : originInspection.toString());
    }

    private void fill(List<Breach> newBreaches, String measures, CompliancePeriod newPeriod, boolean strict) {
        if (strict && (newBreaches == null || newBreaches.isEmpty())) {
            throw SanctionsException.onField("breaches", "notice.breaches.required");
        }
        if (strict && (measures == null || measures.isBlank())) {
            throw SanctionsException.onField("measuresRequired", "notice.measures.required");
        }
        this.breaches.clear();
        this.breaches.addAll(newBreaches == null ? List.of() : newBreaches);
        this.measuresRequired = measures == null ? null : measures.strip();
        this.period = newPeriod == null ? CompliancePeriod.byDefault() : newPeriod;
    }

    /** Changes the draft (breaches, measures, period). */
    public void revise(List<Breach> newBreaches, String measures, CompliancePeriod newPeriod, Stamp stamp) {
        require(NoticeAct.EDIT);
        fill(newBreaches, measures, newPeriod, false);
        record("REVISED", stamp, null);
    }

    /**
     * The president signs: the notice is notified today and the period runs from today.
     * Breaches and measures must be listed.
     */
    public void sign(Stamp stamp) {
        require(NoticeAct.SIGN);
        fill(List.copyOf(breaches), measuresRequired, period, true);
        this.status = NoticeStatus.RUNNING;
        this.signedBy = stamp.actor();
        this.signedOn = stamp.today();
        this.dueOn = period.dueFrom(stamp.today());
        record("SIGNED", stamp, period.toString());
    }

    /** Extends the period once, with a reason; the new due date counts from the current one. */
    public void extend(int amount, String unit, String reason, Stamp stamp) {
        require(NoticeAct.EXTEND);
        requireReason(reason, "reason");
        if (amount < 1) {
            throw SanctionsException.onField("extensionAmount", "notice.extension.amount");
        }
        if (!"days".equalsIgnoreCase(unit) && !"months".equalsIgnoreCase(unit)) {
            throw SanctionsException.onField("extensionUnit", "notice.period.unit", unit);
        }
        LocalDate from = dueOn;
        this.dueOn = "days".equalsIgnoreCase(unit) ? from.plusDays(amount) : from.plusMonths(amount);
        this.extended = true;
        this.extensionReason = reason.strip();
        record("EXTENDED", stamp, amount + " " + unit + " — " + reason.strip());
    }

    /** The president decides to make the notice public, with reasons. */
    public void makePublic(String reasons, Stamp stamp) {
        require(NoticeAct.MAKE_PUBLIC);
        requireReason(reasons, "publicityReasons");
        this.madePublic = true;
        this.publicityReasons = reasons.strip();
        record("MADE_PUBLIC", stamp, reasons.strip());
    }

    /** Compliance found: the notice is closed. */
    public void closeComplied(String assessmentText, Stamp stamp) {
        require(NoticeAct.CLOSE_COMPLIED);
        requireReason(assessmentText, "assessment");
        this.status = NoticeStatus.COMPLIED;
        this.assessedOn = stamp.today();
        this.assessment = assessmentText.strip();
        record("COMPLIED", stamp, assessmentText.strip());
    }

    /** Not complied with: the sanction procedure starts with the case {@code caseReference}. */
    public void findNotComplied(String assessmentText, String caseReference, Stamp stamp) {
        require(NoticeAct.FIND_NOT_COMPLIED);
        requireReason(assessmentText, "assessment");
        this.status = NoticeStatus.NOT_COMPLIED;
        this.assessedOn = stamp.today();
        this.assessment = assessmentText.strip();
        this.sanctionCase = Objects.requireNonNull(caseReference, "caseReference");
        record("NOT_COMPLIED", stamp, caseReference);
    }

    /** The acts the notice allows now (roles aside). */
    public Set<NoticeAct> availableActs() {
        Set<NoticeAct> acts = EnumSet.noneOf(NoticeAct.class);
        switch (status) {
            case DRAFT -> {
                acts.add(NoticeAct.EDIT);
                acts.add(NoticeAct.SIGN);
            }
            case RUNNING -> {
                if (!extended) {
                    acts.add(NoticeAct.EXTEND);
                }
                if (!madePublic) {
                    acts.add(NoticeAct.MAKE_PUBLIC);
                }
                acts.add(NoticeAct.CLOSE_COMPLIED);
                acts.add(NoticeAct.FIND_NOT_COMPLIED);
            }
            default -> {
                // closed: nothing more
            }
        }
        return acts;
    }

    private void require(NoticeAct act) {
        if (!availableActs().contains(act)) {
            if (act == NoticeAct.EXTEND && extended) {
                throw SanctionsException.refused("notice.extend.once");
            }
            throw SanctionsException.refused("notice.act.refused", act.name(), status.name());
        }
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw SanctionsException.onField(field, "reason.required");
        }
    }

    private void record(String act, Stamp stamp, String detail) {
        timeline.add(new TimelineEntry(act, stamp, detail));
    }

    /** Keeps the platform clock that counts the compliance period, and its due date. */
    public void clockIs(long clock, LocalDate due) {
        this.clockId = clock;
        this.dueOn = due;
    }

    /** Keeps the signed letter stored in the document store. */
    public void letterIs(String documentId) {
        this.letterDocument = documentId;
    }

    public CaseRef caseRef() {
        return new CaseRef(SanctionsModule.NAME, reference);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public NoticeStatus status() {
        return status;
    }

    public Undertaking undertaking() {
        return undertaking;
    }

    public CaseRef originInspection() {
        return originInspection == null ? null : CaseRef.parse(originInspection);
    }

    public Set<String> inspectors() {
        return Set.copyOf(inspectors);
    }

    public List<Breach> breaches() {
        return List.copyOf(breaches);
    }

    public String measuresRequired() {
        return measuresRequired;
    }

    public CompliancePeriod period() {
        return period;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public LocalDate preparedOn() {
        return preparedOn;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean extended() {
        return extended;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public boolean madePublic() {
        return madePublic;
    }

    public String publicityReasons() {
        return publicityReasons;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessment() {
        return assessment;
    }

    public String sanctionCase() {
        return sanctionCase;
    }

    public String letterDocument() {
        return letterDocument;
    }

    public Long clockId() {
        return clockId;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public long version() {
        return version;
    }

    /**
     * Links the formal notice to the organisation's record in the platform's directory (ADR 7). The copy
     * of the organisation's name and number stays as it was written.
     */
    public void referToDirectory(long directoryId) {
        this.organisationId = directoryId;
    }

    /** The directory id of the organisation, if linked. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }
}
