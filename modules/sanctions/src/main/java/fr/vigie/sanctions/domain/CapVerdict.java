package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;

/**
 * What the lawful caps say of a decision's amounts.
 *
 * @param accepted true when every amount is within its cap
 * @param field    the input field at fault when refused ({@code fine} or {@code penaltyPerDay}), else null
 * @param cap      the cap that applies to that field (or to the fine when accepted), may be null
 * @param article  the article the cap comes from, e.g. {@code RGPD art. 83(5)}
 */
public record CapVerdict(boolean accepted, String field, Money cap, String article) {

    public static CapVerdict accepted(Money cap, String article) {
        return new CapVerdict(true, null, cap, article);
    }

    public static CapVerdict refused(String field, Money cap, String article) {
        return new CapVerdict(false, field, cap, article);
    }
}
