package fr.vigie.platform.clock.domain;

/**
 * What the law attaches to the end of a period when nothing happened.
 *
 * <p>Why the engine knows it: the same expired date means very different things. A missed
 * deadline of the authority is a breach to report; an expired committee opinion period means
 * the opinion is deemed favourable and the dossier moves on; an expired appeal period means
 * the decision is final. The tracking layer acts on this, the dashboards colour by it.
 */
public enum ExpiryEffect {
    /** Whoever had to act is late: the clock is breached. */
    BREACH("breach"),
    /** Silence is acceptance: a favourable opinion, an authorisation or an agreement is deemed given. */
    SILENCE_MEANS_ACCEPTANCE("silence_means_acceptance"),
    /** A party can no longer do what the period allowed (appeal, complete an application...). */
    RIGHT_LAPSES("right_lapses"),
    /** What was granted for the period (a data permit) comes to its end. */
    TERM_ENDS("term_ends");

    private final String spelling;

    ExpiryEffect(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /**
     * True if the period binds the authority, so that its expiry is the authority's breach (warned
     * about, counted in reports); false when expiry has another legal effect.
     */
    public boolean bindsAuthority() {
        return this == BREACH;
    }

    static ExpiryEffect parse(String text) {
        for (ExpiryEffect effect : values()) {
            if (effect.spelling.equals(text)) {
                return effect;
            }
        }
        throw new ClockRuleException(
                "clock.policy.unknownExpiryEffect",
                "Unknown expiry effect '%s': expected breach, silence_means_acceptance, right_lapses or term_ends",
                text);
    }
}
