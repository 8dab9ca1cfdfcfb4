package fr.vigie.sanctions.domain.fine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the committee tells the fine assistant about one conduct: the procedure, the
 * infringements found in the same or linked processing operations (Art. 83(3); separate conducts
 * get separate calculations), the undertaking's turnover, the seriousness and, optionally, a
 * narrower starting share within the seriousness band, the Art. 83(2) circumstances weighed and
 * the final judgement. Checked by {@link FineAssistant#propose(FineCalculation)}, which refuses a
 * wrong input on its field.
 *
 * @param startingShare the share of the legal maximum chosen within the seriousness band, or null
 *                      for the whole band
 * @param judgement     step 5, or null while the committee has not recorded it
 */
public record FineCalculation(
        FineProcedure procedure,
        List<Infringement> infringements,
        Turnover turnover,
        Seriousness seriousness,
        PercentRange startingShare,
        List<CircumstanceAdjustment> circumstances,
        FinalJudgement judgement) {

    public FineCalculation {
        infringements =
                infringements == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(infringements));
        circumstances =
                circumstances == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(circumstances));
        turnover = turnover == null ? Turnover.unknown() : turnover;
    }

    /** A calculation with no circumstance weighed and no judgement yet. */
    public static FineCalculation of(
            FineProcedure procedure, List<Infringement> infringements, Turnover turnover, Seriousness seriousness) {
        return new FineCalculation(procedure, infringements, turnover, seriousness, null, List.of(), null);
    }

    public FineCalculation withStartingShare(PercentRange share) {
        return new FineCalculation(procedure, infringements, turnover, seriousness, share, circumstances, judgement);
    }

    /** The same calculation with one more Art. 83(2) circumstance weighed. */
    public FineCalculation with(CircumstanceAdjustment circumstance) {
        List<CircumstanceAdjustment> more = new ArrayList<>(circumstances);
        more.add(circumstance);
        return new FineCalculation(procedure, infringements, turnover, seriousness, startingShare, more, judgement);
    }

    public FineCalculation withJudgement(FinalJudgement finalJudgement) {
        return new FineCalculation(
                procedure, infringements, turnover, seriousness, startingShare, circumstances, finalJudgement);
    }
}
