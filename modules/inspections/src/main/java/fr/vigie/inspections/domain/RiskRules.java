package fr.vigie.inspections.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The explainable risk score of an organisation: a sum of points, each with its rule and the count
 * it comes from, so that every score shows its reasons. Weights are configuration
 * ({@code vigie.inspections.risk.*}, documented in docs/inspections.md). The score only proposes; the
 * head of inspections decides what to plan.
 *
 * @param perComplaint          points per complaint in the window
 * @param complaintCap          at most this many points from complaints (a campaign of a thousand is one signal)
 * @param perArt78Breach        points per complaint whose Art. 78(2) period was missed
 * @param perBreachNotification points per notified breach
 * @param sensitiveData         points when special categories of data are processed
 * @param minors                points when minors are concerned
 * @param perSeriousFinding     points per serious finding of an earlier inspection
 * @param perFollowUp           points per earlier inspection followed by a formal notice or sanctions
 * @param perSanction           points per sanction procedure decided against the organisation
 */
public record RiskRules(
        int perComplaint,
        int complaintCap,
        int perArt78Breach,
        int perBreachNotification,
        int sensitiveData,
        int minors,
        int perSeriousFinding,
        int perFollowUp,
        int perSanction) {

    public static final RiskRules DEFAULTS = new RiskRules(2, 20, 3, 5, 5, 5, 4, 6, 8);

    /** One reason of a score: the rule, the points it gives, the count it counted. */
    public record Reason(String rule, long points, long count) {}

    /** A scored organisation. */
    public record Score(RiskFacts facts, long total, List<Reason> reasons) {}

    public Score score(RiskFacts f) {
        List<Reason> reasons = new ArrayList<>();
        add(reasons, "COMPLAINTS", Math.min((long) complaintCap, f.complaints() * perComplaint), f.complaints());
        add(reasons, "ART78_BREACHED", f.art78Breached() * perArt78Breach, f.art78Breached());
        add(reasons, "BREACH_NOTIFICATIONS", f.breachNotifications() * perBreachNotification, f.breachNotifications());
        add(reasons, "SENSITIVE_DATA", f.sensitiveData() ? sensitiveData : 0, 1);
        add(reasons, "MINORS", f.minors() ? minors : 0, 1);
        add(reasons, "EARLIER_FINDINGS", f.seriousFindings() * perSeriousFinding, f.seriousFindings());
        add(reasons, "EARLIER_FOLLOW_UPS", f.followUps() * perFollowUp, f.followUps());
        add(reasons, "EARLIER_SANCTIONS", f.sanctions() * perSanction, f.sanctions());
        return new Score(f, reasons.stream().mapToLong(Reason::points).sum(), List.copyOf(reasons));
    }

    private static void add(List<Reason> reasons, String rule, long points, long count) {
        if (points > 0) {
            reasons.add(new Reason(rule, points, count));
        }
    }
}
