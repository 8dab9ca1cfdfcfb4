package fr.vigie.sanctions.domain.fine;

/**
 * The circumstances GDPR Art. 83(2) asks the authority to weigh, by their point. The EDPB
 * Guidelines 04/2022 weigh points (a), (b) and (g) in the seriousness (chapter 4) and the others
 * as aggravating or mitigating circumstances (chapter 5); weighing one twice is to be avoided,
 * so the assistant flags it.
 */
public enum Circumstance {
    NATURE_GRAVITY_DURATION("a", true),
    INTENT_OR_NEGLIGENCE("b", true),
    DAMAGE_MITIGATION("c", false),
    DEGREE_OF_RESPONSIBILITY("d", false),
    PREVIOUS_INFRINGEMENTS("e", false),
    COOPERATION("f", false),
    DATA_CATEGORIES("g", true),
    HOW_THE_AUTHORITY_LEARNT("h", false),
    COMPLIANCE_WITH_EARLIER_MEASURES("i", false),
    CODES_OF_CONDUCT_OR_CERTIFICATION("j", false),
    OTHER_FACTORS("k", false);

    private final String point;
    private final boolean weighedInSeriousness;

    Circumstance(String point, boolean weighedInSeriousness) {
        this.point = point;
        this.weighedInSeriousness = weighedInSeriousness;
    }

    /** The point of Art. 83(2): {@code a} to {@code k}. */
    public String point() {
        return point;
    }

    /** Points (a), (b) and (g) already weigh in the seriousness (step 2). */
    public boolean isWeighedInSeriousness() {
        return weighedInSeriousness;
    }
}
