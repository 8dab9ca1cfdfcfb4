package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Money;
import fr.vigie.sanctions.domain.CapVerdict;
import fr.vigie.sanctions.domain.LawfulCaps;
import fr.vigie.sanctions.domain.Procedure;
import fr.vigie.sanctions.domain.fine.CapBreach;
import fr.vigie.sanctions.domain.fine.FineCaps;
import fr.vigie.sanctions.domain.fine.FineProcedure;
import fr.vigie.sanctions.domain.fine.FineVerdict;
import fr.vigie.sanctions.domain.fine.Infringement;
import fr.vigie.sanctions.domain.fine.Turnover;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision's caps (port {@link LawfulCaps}) answered by the one fine rule, {@link FineCaps}
 * (checked by the vectors of fine-cases.csv). The case records breached articles as the minutes
 * name them ({@code RGPD art. 32}); each is placed in its tier of GDPR Art. 83: the articles Art.
 * 83(5) lists fall under it, a breach of an order of the authority (Art. 58(2)) under 83(6), every
 * other provision (controller and processor obligations, loi 78-17) under 83(4).
 */
@ApplicationScoped
public class FineRulesCaps implements LawfulCaps {
    /** GDPR articles whose breach Art. 83(5)(a)-(d) lists: principles, rights, transfers. */
    private static final Set<Integer> ART_83_5 =
            Set.of(5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 44, 45, 46, 47, 48, 49);

    private static final Pattern GDPR_ARTICLE = Pattern.compile("(?i)\\b(?:RGPD|GDPR)\\b\\D*?(\\d+)");
    private static final int ORDERS_OF_THE_AUTHORITY = 58;

    @Override
    public CapVerdict check(
            Procedure procedure, List<String> articles, Money turnover, Money fine, Money penaltyPerDay) {
        FineProcedure fineProcedure =
                procedure == Procedure.SIMPLIFIED ? FineProcedure.SIMPLIFIED : FineProcedure.ORDINARY;
        List<Infringement> infringements = articles.isEmpty()
                ? List.of(Infringement.ART_83_4)
                : articles.stream().map(FineRulesCaps::tierOf).toList();
        FineCaps caps = FineCaps.forCase(
                fineProcedure, infringements, turnover == null ? Turnover.unknown() : Turnover.of(turnover, null));
        FineVerdict verdict = caps.check(fine, penaltyPerDay);
        Optional<CapBreach> breach = verdict.fineBreach().or(verdict::penaltyBreach);
        if (breach.isPresent()) {
            return CapVerdict.refused(
                    breach.get().field(),
                    breach.get().cap(),
                    articleText(breach.get().article()));
        }
        return CapVerdict.accepted(caps.fineCap(), articleText(caps.gravest().article()));
    }

    static Infringement tierOf(String article) {
        Matcher gdpr = GDPR_ARTICLE.matcher(article == null ? "" : article);
        if (!gdpr.find()) {
            return Infringement.ART_83_4;
        }
        int number = Integer.parseInt(gdpr.group(1));
        if (number == ORDERS_OF_THE_AUTHORITY) {
            return Infringement.ART_83_6;
        }
        return ART_83_5.contains(number) ? Infringement.ART_83_5 : Infringement.ART_83_4;
    }

    /** "83(5)" is a GDPR paragraph; "22-1" and "20" are articles of loi 78-17. */
    private static String articleText(String article) {
        return article.startsWith("83") ? "RGPD art. " + article : "loi 78-17 art. " + article;
    }
}
