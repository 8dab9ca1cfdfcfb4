package fr.vigie.sanctions.web;

import fr.vigie.sanctions.application.FineAssessment;
import fr.vigie.sanctions.domain.fine.Circumstance;
import fr.vigie.sanctions.domain.fine.CircumstanceAdjustment;
import fr.vigie.sanctions.domain.fine.FinalJudgement;
import fr.vigie.sanctions.domain.fine.PercentRange;
import fr.vigie.sanctions.domain.fine.Seriousness;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What the committee types into the fine assistant on the deliberation page: the seriousness, an
 * optional narrower starting share, one line per Art. 83(2) circumstance (weighed when it has a
 * percentage or a reason, so that a reason typed without a percentage is refused rather than lost),
 * and the final judgement once it is made.
 */
public class FineAssistantForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Seriousness seriousness;
    private BigDecimal startingFrom;
    private BigDecimal startingTo;
    private final List<CircumstanceLine> circumstances =
            Arrays.stream(Circumstance.values()).map(CircumstanceLine::new).toList();
    private String judgementReasons;
    private BigDecimal judgementPercent;

    /** One Art. 83(2) circumstance as typed: a percentage (+ aggravates, − mitigates) and its reason. */
    public static class CircumstanceLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Circumstance circumstance;
        private BigDecimal percent;
        private String reason;

        CircumstanceLine(Circumstance circumstance) {
            this.circumstance = circumstance;
        }

        boolean weighed() {
            return percent != null || (reason != null && !reason.isBlank());
        }

        CircumstanceAdjustment adjustment() {
            return new CircumstanceAdjustment(circumstance, percent == null ? BigDecimal.ZERO : percent, reason);
        }

        public Circumstance getCircumstance() {
            return circumstance;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The inputs for the assistant; a percentage left empty on a line with a reason counts as neutral (0 %). */
    FineAssessment.Inputs inputs() {
        PercentRange share = startingFrom == null && startingTo == null
                ? null
                : PercentRange.typed(startingFrom, startingTo, "startingShare");
        List<CircumstanceAdjustment> weighed = circumstances.stream()
                .filter(CircumstanceLine::weighed)
                .map(CircumstanceLine::adjustment)
                .toList();
        boolean judged = judgementPercent != null || (judgementReasons != null && !judgementReasons.isBlank());
        FinalJudgement judgement = judged
                ? new FinalJudgement(judgementReasons, judgementPercent == null ? BigDecimal.ZERO : judgementPercent)
                : null;
        return new FineAssessment.Inputs(seriousness, share, weighed, judgement);
    }

    public Seriousness[] getSeriousnessLevels() {
        return Seriousness.values();
    }

    public Seriousness getSeriousness() {
        return seriousness;
    }

    public void setSeriousness(Seriousness seriousness) {
        this.seriousness = seriousness;
    }

    public BigDecimal getStartingFrom() {
        return startingFrom;
    }

    public void setStartingFrom(BigDecimal startingFrom) {
        this.startingFrom = startingFrom;
    }

    public BigDecimal getStartingTo() {
        return startingTo;
    }

    public void setStartingTo(BigDecimal startingTo) {
        this.startingTo = startingTo;
    }

    public List<CircumstanceLine> getCircumstances() {
        return circumstances;
    }

    public String getJudgementReasons() {
        return judgementReasons;
    }

    public void setJudgementReasons(String judgementReasons) {
        this.judgementReasons = judgementReasons;
    }

    public BigDecimal getJudgementPercent() {
        return judgementPercent;
    }

    public void setJudgementPercent(BigDecimal judgementPercent) {
        this.judgementPercent = judgementPercent;
    }
}
