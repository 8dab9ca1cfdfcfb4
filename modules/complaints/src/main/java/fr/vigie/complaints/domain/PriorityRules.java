package fr.vigie.complaints.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The documented rules of the proposed priority ("human guarantee": the score only proposes, a
 * handler accepts or overrides it, and every point is explained):
 * <ul>
 * <li>HEALTH_DATA +30: special category of data, GDPR Art. 9;</li>
 * <li>MINORS +25: children merit specific protection, GDPR recital 38 and Art. 8;</li>
 * <li>SECURITY_BREACH +20: a breach may still be harming people, GDPR Art. 33–34;</li>
 * <li>ARTIFICIAL_INTELLIGENCE +10: a priority theme of the authority's 2025–2028 strategy;</li>
 * <li>PEOPLE_AFFECTED_100 +10, PEOPLE_AFFECTED_1000 +20 (not cumulative): scale of the harm;</li>
 * <li>REPEAT_ORGANISATION +15: two or more other complaints against the same SIREN in the last 12 months.</li>
 * </ul>
 * Level: HIGH from 50 points, MEDIUM from 25, LOW below.
 */
public final class PriorityRules {
    static final int HIGH_FROM = 50;
    static final int MEDIUM_FROM = 25;
    static final int REPEAT_THRESHOLD = 2;

    private PriorityRules() {}

    /**
     * @param recentComplaintsAgainstOrganisation other complaints against the same SIREN received in the last 12 months
     */
    public static PriorityAssessment assess(
            Set<Category> categories, int peopleAffected, long recentComplaintsAgainstOrganisation) {
        List<PriorityReason> reasons = new ArrayList<>();
        if (categories.contains(Category.HEALTH_DATA)) {
            reasons.add(new PriorityReason("HEALTH_DATA", 30));
        }
        if (categories.contains(Category.MINORS)) {
            reasons.add(new PriorityReason("MINORS", 25));
        }
        if (categories.contains(Category.SECURITY_BREACH)) {
            reasons.add(new PriorityReason("SECURITY_BREACH", 20));
        }
        if (categories.contains(Category.ARTIFICIAL_INTELLIGENCE)) {
            reasons.add(new PriorityReason("ARTIFICIAL_INTELLIGENCE", 10));
        }
        if (peopleAffected >= 1000) {
            reasons.add(new PriorityReason("PEOPLE_AFFECTED_1000", 20));
        } else if (peopleAffected >= 100) {
            reasons.add(new PriorityReason("PEOPLE_AFFECTED_100", 10));
        }
        if (recentComplaintsAgainstOrganisation >= REPEAT_THRESHOLD) {
            reasons.add(new PriorityReason("REPEAT_ORGANISATION", 15));
        }
        int score = reasons.stream().mapToInt(PriorityReason::points).sum();
        PriorityLevel level = score >= HIGH_FROM
                ? PriorityLevel.HIGH
                : score >= MEDIUM_FROM ? PriorityLevel.MEDIUM : PriorityLevel.LOW;
        return new PriorityAssessment(score, level, reasons);
    }
}
