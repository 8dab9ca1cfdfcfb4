package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import java.util.List;

/**
 * Port: the lawful caps of fines and periodic penalties (GDPR Art. 83(3)-(6); loi 78-17 art. 20 and
 * 22-1 for penalties and the simplified procedure). The rule itself lives in the fines package;
 * the decision only asks it.
 */
public interface LawfulCaps {

    /**
     * Checks a fine and a periodic penalty against their caps.
     *
     * @param procedure     ordinary or simplified
     * @param articles      the infringed articles as typed in the case (e.g. {@code RGPD art. 32}); the
     *                      gravest sets the cap (Art. 83(3))
     * @param turnover      the undertaking's worldwide annual turnover of the preceding financial year,
     *                      null when not known (counts as none)
     * @param fine          the fine, or null when none
     * @param penaltyPerDay the periodic penalty per day, or null when none
     * @return the verdict: accepted, or refused with the field at fault, the cap and the article
     */
    CapVerdict check(Procedure procedure, List<String> articles, Money turnover, Money fine, Money penaltyPerDay);
}
