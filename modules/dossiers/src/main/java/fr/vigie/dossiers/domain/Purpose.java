package fr.vigie.dossiers.domain;

/**
 * The purposes for which health data may be processed for secondary use, Regulation (EU) 2025/327
 * Art. 53(1)(a)-(f). Art. 53(2) reserves purposes (a), (b) and (c) to public sector bodies and
 * Union institutions, bodies, offices and agencies acting within their tasks.
 */
public enum Purpose {
    /** (a) public interest in public or occupational health. */
    A_PUBLIC_HEALTH("a", true),
    /** (b) policy-making and regulatory activities supporting public sector bodies. */
    B_POLICY_MAKING("b", true),
    /** (c) official statistics. */
    C_OFFICIAL_STATISTICS("c", true),
    /** (d) education or teaching in health or care at vocational or higher level. */
    D_EDUCATION("d", false),
    /** (e) scientific research related to health or care sectors. */
    E_SCIENTIFIC_RESEARCH("e", false),
    /** (f) improving the delivery of care, treatment optimisation, based on other persons' data. */
    F_CARE_IMPROVEMENT("f", false);

    private final String letter;
    private final boolean publicBodiesOnly;

    Purpose(String letter, boolean publicBodiesOnly) {
        this.letter = letter;
        this.publicBodiesOnly = publicBodiesOnly;
    }

    /** The letter of Art. 53(1), e.g. {@code e}. */
    public String letter() {
        return letter;
    }

    /** True where Art. 53(2) reserves the purpose to public sector bodies. */
    public boolean publicBodiesOnly() {
        return publicBodiesOnly;
    }

    /** Whether an applicant may ask for data for this purpose (Art. 53(2)). */
    public boolean allowedFor(boolean publicBody) {
        return publicBody || !publicBodiesOnly;
    }
}
