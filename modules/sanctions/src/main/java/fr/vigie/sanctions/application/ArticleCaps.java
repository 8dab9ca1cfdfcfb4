package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Money;
import fr.vigie.sanctions.domain.CapVerdict;
import fr.vigie.sanctions.domain.LawfulCaps;
import fr.vigie.sanctions.domain.Procedure;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lawful caps as the decision asks them (port {@link LawfulCaps}), reduced to the statutory
 * figures: ordinary procedure, GDPR Art. 83(4) €10M or 2 % and Art. 83(5)/(6) €20M or 4 % of the
 * undertaking's worldwide turnover, whichever is higher, the gravest infringement setting the cap
 * for all (Art. 83(3)); periodic penalty €100,000 a day (loi 78-17 art. 20); simplified procedure
 * €20,000 and €100 a day (art. 22-1). The full rule (held-out vectors, assistant) is the fines
 * package's; this adapter is replaced by one delegating to it when both are assembled.
 */
@ApplicationScoped
public class ArticleCaps implements LawfulCaps {
    /** Articles whose breach falls under GDPR Art. 83(5). */
    private static final Set<Integer> ART_83_5 = Set.of(5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 44, 45,
            46, 47, 48, 49, 58);
    private static final Pattern ARTICLE = Pattern.compile("(?i)art(?:icle|\\.)?\\s*(\\d+)");

    @Override
    public CapVerdict check(Procedure procedure, List<String> articles, Money turnover, Money fine, Money penaltyPerDay) {
        if (procedure == Procedure.SIMPLIFIED) {
            return verdict(Money.euros(20_000), "loi 78-17 art. 22-1", Money.euros(100), "loi 78-17 art. 22-1", fine,
                    penaltyPerDay);
        }
        boolean grave = articles.stream().map(ARTICLE::matcher).filter(Matcher::find)
                .anyMatch(m -> ART_83_5.contains(Integer.parseInt(m.group(1))));
        BigDecimal base = turnover == null ? BigDecimal.ZERO : turnover.amount();
        Money cap = grave ? Money.euros(base.multiply(new BigDecimal("0.04")).max(new BigDecimal("20000000")))
                : Money.euros(base.multiply(new BigDecimal("0.02")).max(new BigDecimal("10000000")));
        return verdict(cap, grave ? "RGPD art. 83(5)" : "RGPD art. 83(4)", Money.euros(100_000), "loi 78-17 art. 20",
                fine, penaltyPerDay);
    }

    private static CapVerdict verdict(Money fineCap, String fineArticle, Money penaltyCap, String penaltyArticle,
            Money fine, Money penalty) {
        if (fine != null && fine.isGreaterThan(fineCap)) {
            return CapVerdict.refused("fine", fineCap, fineArticle);
        }
        if (penalty != null && penalty.isGreaterThan(penaltyCap)) {
            return CapVerdict.refused("penaltyPerDay", penaltyCap, penaltyArticle);
        }
        return CapVerdict.accepted(fineCap, fineArticle);
    }
}
