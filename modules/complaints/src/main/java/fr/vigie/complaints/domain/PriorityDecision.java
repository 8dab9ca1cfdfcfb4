package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The priority a person decided for a complaint, departing or not from the proposal of {@link
 * PriorityRules}: who decided, and why when they overrode the proposal. A complaint has none until a
 * person decides (the proposal is only a proposal); EclipseLink then loads a null embeddable.
 */
@Embeddable
public class PriorityDecision {
    @Enumerated(EnumType.STRING)
    @Column(name = "priority")
    private PriorityLevel level;

    @Column(name = "priority_decided_by")
    private String decidedBy;

    /** Null when the decision follows the proposal. */
    @Column(name = "priority_override_reason")
    private String overrideReason;

    protected PriorityDecision() {
        // for JPA
    }

    private PriorityDecision(PriorityLevel level, String decidedBy, String overrideReason) {
        this.level = level;
        this.decidedBy = decidedBy;
        this.overrideReason = overrideReason;
    }

    /**
     * A person decides {@code decided} where the rules proposed {@code proposed}: accepting the
     * proposal, or overriding it, in which case the reason is required (a person decides, and says why
     * when departing from the rules). A reason given with an accepted proposal is a note, not kept
     * here.
     */
    public static PriorityDecision decide(
            PriorityLevel proposed, PriorityLevel decided, String overrideReason, String decidedBy) {
        if (decided == null) {
            throw ComplaintException.onField("priority", "priority.required");
        }
        String reason = noted(overrideReason);
        boolean override = decided != proposed;
        if (override && reason == null) {
            throw ComplaintException.onField("reason", "priority.override.reasonRequired", proposed);
        }
        return new PriorityDecision(decided, decidedBy, override ? reason : null);
    }

    /** The reason as noted on the timeline: trimmed, null when blank. */
    static String noted(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    public PriorityLevel level() {
        return level;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** Why the proposal was overridden; null when the decision follows it. */
    public String overrideReason() {
        return overrideReason;
    }

    public boolean overrides() {
        return overrideReason != null;
    }

    /** The timeline's detail of the decision: {@code HIGH}, or {@code LOW → HIGH} for an override. */
    String detail(PriorityLevel proposed) {
        return (overrides() ? proposed + " → " : "") + level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityDecision other
                && level == other.level
                && Objects.equals(decidedBy, other.decidedBy)
                && Objects.equals(overrideReason, other.overrideReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, decidedBy, overrideReason);
    }

    @Override
    public String toString() {
        return level + (overrides() ? " (" + overrideReason + ")" : "");
    }
}
