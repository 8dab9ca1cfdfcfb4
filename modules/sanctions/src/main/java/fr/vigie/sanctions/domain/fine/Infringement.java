package fr.vigie.sanctions.domain.fine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The category of an infringement for the purpose of its fine: the paragraph of GDPR Art. 83
 * that lists it. Art. 83(4) (obligations of controllers and processors, certification and
 * monitoring bodies) is the lower tier; Art. 83(5) (principles, lawfulness, data subjects'
 * rights, transfers) and Art. 83(6) (non-compliance with an order of the authority) are the
 * upper tier.
 */
public enum Infringement {
    ART_83_4("83(4)", false),
    ART_83_5("83(5)", true),
    ART_83_6("83(6)", true);

    /** The gravest first: upper tier before lower tier, then the order of the article. */
    private static final Comparator<Infringement> GRAVEST_FIRST =
            Comparator.comparing(Infringement::isUpperTier).reversed().thenComparing(Comparator.naturalOrder());

    private final String article;
    private final boolean upperTier;

    Infringement(String article, boolean upperTier) {
        this.article = article;
        this.upperTier = upperTier;
    }

    /** The paragraph as lawyers write it: {@code 83(4)}, {@code 83(5)}, {@code 83(6)}. */
    public String article() {
        return article;
    }

    /** Art. 83(5) and 83(6): the €20M or 4 % tier. */
    public boolean isUpperTier() {
        return upperTier;
    }

    /**
     * Reads one article: {@code 83(4)}, also written {@code Art. 83(4)}, {@code art 83 (4)} or
     * {@code ART_83_4}.
     *
     * @throws FineRuleException {@code fine.infringement.unknown} on {@code field}
     */
    public static Infringement parse(String text, String field) {
        if (text != null) {
            String compact =
                    text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
            if (compact.startsWith("ART")) {
                compact = compact.substring(3);
            }
            for (Infringement infringement : values()) {
                if (compact.equals(infringement.article)
                        || compact.equals(infringement.name().substring(3))) {
                    return infringement;
                }
            }
        }
        throw FineRuleException.onField(field, "fine.infringement.unknown", String.valueOf(text));
    }

    /**
     * Reads a list of articles separated by {@code ;} (as in {@code fine-cases.csv}) or by commas:
     * {@code 83(4);83(5)}.
     *
     * @throws FineRuleException {@code fine.infringements.required} when the list is empty,
     *                           {@code fine.infringement.unknown} for an unknown article
     */
    public static List<Infringement> parseList(String text, String field) {
        List<Infringement> infringements = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[;,]")) {
                if (!part.isBlank()) {
                    infringements.add(parse(part, field));
                }
            }
        }
        if (infringements.isEmpty()) {
            throw FineRuleException.onField(field, "fine.infringements.required");
        }
        return List.copyOf(infringements);
    }

    /**
     * The gravest of several infringements (Art. 83(3)): an upper-tier one when there is one.
     *
     * @throws FineRuleException {@code fine.infringements.required} on {@code field} when none is given
     */
    public static Infringement gravest(Collection<Infringement> infringements, String field) {
        if (infringements == null
                || infringements.isEmpty()
                || infringements.stream().anyMatch(Objects::isNull)) {
            throw FineRuleException.onField(field, "fine.infringements.required");
        }
        return infringements.stream().min(GRAVEST_FIRST).orElseThrow();
    }
}
