package fr.vigie.complaints.domain;

import fr.vigie.platform.api.clock.CrossBorderRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cross-border part of a complaint (issue 19, ADR 12): what Regulation (EU) 2025/2518 Art. 4
 * asks of the authority a complaint is lodged with — check it against Art. 4(1), declare it
 * inadmissible within two weeks with reasons when information is missing (Art. 4(2)), make a
 * preliminary assessment and transmit it to the presumed lead authority — or, for a complaint sent
 * here by another authority, remember that authority and its reference. Everything after the
 * transmission belongs to the crossborder module.
 *
 * <p>The rules come from the receipt day ({@link #rules}): a complaint received before 2 April 2027
 * keeps the old rules and gets none of the Regulation's clocks. Each verb is reached through the
 * {@link Complaint}, which writes the timeline and the event; {@link #refusal} is the one guard of
 * each act, read by the verbs and by {@link #availableActs}.
 */
@Embeddable
public class CrossBorderFile {
    @Enumerated(EnumType.STRING)
    @Column(name = "xb_route")
    private CrossBorderRoute route;

    @Column(name = "xb_body_name")
    private String bodyName;

    @Column(name = "xb_body_mandate")
    private String bodyMandate;

    @Column(name = "xb_confidentiality_claimed")
    private Boolean confidentialityClaimed;

    @Column(name = "xb_stated_lead")
    private String statedLead;

    @Column(name = "xb_received_from")
    private String receivedFrom;

    @Column(name = "xb_received_from_reference")
    private String receivedFromReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "xb_admissibility")
    private CrossBorderAdmissibility admissibility;

    @Column(name = "xb_admissibility_on")
    private LocalDate admissibilityOn;

    /** Comma-separated {@link Art4Information} names. */
    @Column(name = "xb_missing_information")
    private String missingInformation;

    @Column(name = "xb_inadmissibility_reasons")
    private String inadmissibilityReasons;

    @Column(name = "xb_assessed_on")
    private LocalDate assessedOn;

    @Column(name = "xb_assessed_cross_border")
    private Boolean assessedCrossBorder;

    @Column(name = "xb_presumed_lead")
    private String presumedLead;

    @Column(name = "xb_assessment_reason")
    private String assessmentReason;

    @Column(name = "xb_transmitted_on")
    private LocalDate transmittedOn;

    @Column(name = "xb_transmitted_to")
    private String transmittedTo;

    @Column(name = "xb_transmitted_by")
    private String transmittedBy;

    /** One document a line: a {@link TransmittedDocument} name, or a document the handler named. */
    @Column(name = "xb_documents_sent")
    private String documentsSent;

    @Column(name = "xb_led_here_on")
    private LocalDate ledHereOn;

    /** The day the complaint was announced to the crossborder module as received here as the lead. */
    @Column(name = "xb_announced_on")
    private LocalDate announcedOn;

    @Column(name = "xb_inadmissibility_clock_id")
    private Long inadmissibilityClock;

    @Column(name = "xb_transmission_clock_id")
    private Long transmissionClock;

    protected CrossBorderFile() {
        // for JPA
    }

    CrossBorderFile(CrossBorderIntake intake) {
        intake.check();
        this.route = intake.route();
        this.bodyName = intake.bodyName();
        this.bodyMandate = intake.bodyMandate();
        this.confidentialityClaimed = intake.confidentialityClaimed();
        this.statedLead =
                intake.statedLead() == null ? null : CrossBorderIntake.country(intake.statedLead(), "presumedLead");
        this.receivedFrom =
                intake.receivedFrom() == null ? null : CrossBorderIntake.country(intake.receivedFrom(), "receivedFrom");
        this.receivedFromReference = intake.receivedFromReference();
        this.admissibility = route == CrossBorderRoute.LODGED_HERE
                ? CrossBorderAdmissibility.TO_CHECK
                : CrossBorderAdmissibility.CHECKED_BY_LODGING_AUTHORITY;
    }

    /** The rules of a complaint received on {@code receivedOn} (Regulation 2025/2518 from 2 April 2027). */
    public static CrossBorderRules rules(LocalDate receivedOn) {
        return CrossBorderRules.forComplaintLodgedOn(receivedOn);
    }

    /**
     * The clocks the authority must start on receipt: for a complaint lodged here under the
     * Regulation, Art. 4(2) (declare inadmissible within two weeks) and the transmission to the
     * presumed lead authority (six weeks); none under the old rules, none for a complaint another
     * authority sent here (that authority checked and transmitted it).
     */
    public List<String> clocksOnReceipt(LocalDate receivedOn) {
        if (route != CrossBorderRoute.LODGED_HERE) {
            return List.of();
        }
        CrossBorderRules rules = rules(receivedOn);
        List<String> policies = new ArrayList<>();
        rules.inadmissibilityPolicy().ifPresent(policies::add);
        rules.complaintTransmissionPolicy().ifPresent(policies::add);
        return List.copyOf(policies);
    }

    // ------------------------------------------------------------------ guards

    /** The acts allowed now: exactly those the verbs accept (they read the same guard). */
    public Set<CrossBorderAct> availableActs(Qualification qualification) {
        Set<CrossBorderAct> acts = EnumSet.noneOf(CrossBorderAct.class);
        for (CrossBorderAct act : CrossBorderAct.values()) {
            if (refusal(act, qualification).isEmpty()) {
                acts.add(act);
            }
        }
        return acts;
    }

    Optional<ComplaintException> refusal(CrossBorderAct act, Qualification qualification) {
        boolean lodgedHere = route == CrossBorderRoute.LODGED_HERE;
        boolean handedOver = transmittedOn != null || ledHereOn != null;
        return switch (act) {
            case FIND_ADMISSIBLE, DECLARE_INADMISSIBLE ->
                lodgedHere && admissibility == CrossBorderAdmissibility.TO_CHECK
                        ? Optional.empty()
                        : Optional.of(ComplaintException.refused("xb.admissibility.decided"));
            case ASSESS ->
                !lodgedHere
                        ? Optional.of(ComplaintException.refused("xb.assess.notLodgedHere"))
                        : admissibility != CrossBorderAdmissibility.ADMISSIBLE
                                ? Optional.of(ComplaintException.refused("xb.assess.admissibleFirst"))
                                : handedOver
                                        ? Optional.of(ComplaintException.refused("xb.handedOver"))
                                        : Optional.empty();
            case TRANSMIT -> refusalOnceAssessed(handedOver, true);
            case LEAD_HERE -> refusalOnceAssessed(handedOver, false);
            case ANNOUNCE_RECEIVED_AS_LEAD ->
                route == CrossBorderRoute.RECEIVED_FROM_AUTHORITY
                                && announcedOn == null
                                && qualification != null
                                && qualification.crossBorder()
                                && "FR".equals(qualification.leadAuthority())
                        ? Optional.empty()
                        : Optional.of(ComplaintException.refused("xb.announce.notNow"));
        };
    }

    /** Transmit (another authority leads) or lead here: after an assessment that says which. */
    private Optional<ComplaintException> refusalOnceAssessed(boolean handedOver, boolean elsewhere) {
        if (handedOver) {
            return Optional.of(ComplaintException.refused("xb.handedOver"));
        }
        if (assessedOn == null || !Boolean.TRUE.equals(assessedCrossBorder)) {
            return Optional.of(ComplaintException.refused("xb.assessment.required"));
        }
        boolean ledHere = "FR".equals(presumedLead);
        if (elsewhere && ledHere) {
            return Optional.of(ComplaintException.refused("xb.transmit.ledHere"));
        }
        if (!elsewhere && !ledHere) {
            return Optional.of(ComplaintException.refused("xb.leadHere.ledElsewhere", presumedLead));
        }
        return Optional.empty();
    }

    void require(CrossBorderAct act, Qualification qualification) {
        Optional<ComplaintException> refused = refusal(act, qualification);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    // ------------------------------------------------------------------ verbs (through Complaint)

    void findAdmissible(LocalDate on) {
        require(CrossBorderAct.FIND_ADMISSIBLE, null);
        this.admissibility = CrossBorderAdmissibility.ADMISSIBLE;
        this.admissibilityOn = on;
    }

    /**
     * Art. 4(2): inadmissible only for lack of the information of Art. 4(1) — naming at least one
     * item, never asking for more — and with the reasons the complainant will be told.
     */
    void declareInadmissible(Set<Art4Information> missing, String reasons, LocalDate on) {
        require(CrossBorderAct.DECLARE_INADMISSIBLE, null);
        if (missing == null || missing.isEmpty()) {
            throw ComplaintException.onField("missing", "xb.inadmissible.missingRequired");
        }
        if (missing.contains(Art4Information.REPRESENTATIVE_BODY_MANDATE) && bodyName == null) {
            throw ComplaintException.onField("missing", "xb.inadmissible.notByBody");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.length() < 10) {
            throw ComplaintException.onField("reasons", "xb.inadmissible.reasonsRequired", 10);
        }
        if (text.length() > 5000) {
            throw ComplaintException.onField("reasons", "text.tooLong", 5000);
        }
        this.admissibility = CrossBorderAdmissibility.INADMISSIBLE;
        this.admissibilityOn = on;
        this.missingInformation =
                EnumSet.copyOf(missing).stream().map(Enum::name).collect(Collectors.joining(","));
        this.inadmissibilityReasons = text;
    }

    /** The preliminary assessment: cross-border or not, and which authority presumably leads. */
    void assess(boolean crossBorder, String lead, String reason, LocalDate on) {
        require(CrossBorderAct.ASSESS, null);
        String country = null;
        if (crossBorder) {
            if (lead == null || lead.isBlank()) {
                throw ComplaintException.onField("presumedLead", "qualification.leadAuthority.required");
            }
            country = CrossBorderIntake.country(lead, "presumedLead");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            throw ComplaintException.onField("reason", "xb.assess.reasonRequired", 5);
        }
        if (why.length() > 5000) {
            throw ComplaintException.onField("reason", "text.tooLong", 5000);
        }
        this.assessedOn = on;
        this.assessedCrossBorder = crossBorder;
        this.presumedLead = country;
        this.assessmentReason = why;
    }

    /**
     * Sends the complaint to the presumed lead authority: the complaint itself, or its
     * non-confidential version when the complainant claimed confidentiality, and the other documents
     * the handler names.
     *
     * @return what was sent, one document a line
     */
    List<String> transmit(List<String> otherDocuments, String by, LocalDate on) {
        require(CrossBorderAct.TRANSMIT, null);
        List<String> sent = new ArrayList<>();
        sent.add(
                confidentialityClaimed()
                        ? TransmittedDocument.COMPLAINT_NON_CONFIDENTIAL_VERSION.name()
                        : TransmittedDocument.COMPLAINT.name());
        if (otherDocuments != null) {
            for (String document : otherDocuments) {
                String name = document == null ? "" : document.strip();
                if (name.contains("\n") || name.length() > 300) {
                    throw ComplaintException.onField("documents", "text.tooLong", 300);
                }
                if (!name.isEmpty() && !sent.contains(name)) {
                    sent.add(name);
                }
            }
        }
        this.transmittedOn = on;
        this.transmittedTo = presumedLead;
        this.transmittedBy = by;
        this.documentsSent = String.join("\n", sent);
        return List.copyOf(sent);
    }

    void leadHere(LocalDate on) {
        require(CrossBorderAct.LEAD_HERE, null);
        this.ledHereOn = on;
    }

    void announceReceivedAsLead(Qualification qualification, LocalDate on) {
        require(CrossBorderAct.ANNOUNCE_RECEIVED_AS_LEAD, qualification);
        this.announcedOn = on;
    }

    void trackedBy(Long inadmissibility, Long transmission) {
        if (inadmissibility != null) {
            this.inadmissibilityClock = inadmissibility;
        }
        if (transmission != null) {
            this.transmissionClock = transmission;
        }
    }

    // ------------------------------------------------------------------ reading

    public CrossBorderRoute route() {
        return route;
    }

    public String bodyName() {
        return bodyName;
    }

    public String bodyMandate() {
        return bodyMandate;
    }

    public boolean confidentialityClaimed() {
        return Boolean.TRUE.equals(confidentialityClaimed);
    }

    public String statedLead() {
        return statedLead;
    }

    public String receivedFrom() {
        return receivedFrom;
    }

    public String receivedFromReference() {
        return receivedFromReference;
    }

    public CrossBorderAdmissibility admissibility() {
        return admissibility;
    }

    public LocalDate admissibilityOn() {
        return admissibilityOn;
    }

    public Set<Art4Information> missingInformation() {
        if (missingInformation == null || missingInformation.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(Arrays.stream(missingInformation.split(","))
                .map(Art4Information::valueOf)
                .toList()));
    }

    public String inadmissibilityReasons() {
        return inadmissibilityReasons;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    /** Null until assessed. */
    public Boolean assessedCrossBorder() {
        return assessedCrossBorder;
    }

    public String presumedLead() {
        return presumedLead;
    }

    public String assessmentReason() {
        return assessmentReason;
    }

    public LocalDate transmittedOn() {
        return transmittedOn;
    }

    public String transmittedTo() {
        return transmittedTo;
    }

    public String transmittedBy() {
        return transmittedBy;
    }

    public List<String> documentsSent() {
        return documentsSent == null ? List.of() : List.of(documentsSent.split("\n"));
    }

    public LocalDate ledHereOn() {
        return ledHereOn;
    }

    public LocalDate announcedOn() {
        return announcedOn;
    }

    public Long inadmissibilityClock() {
        return inadmissibilityClock;
    }

    public Long transmissionClock() {
        return transmissionClock;
    }
}
