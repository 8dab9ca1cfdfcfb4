package fr.vigie.sanctions.domain.fine;

/**
 * The seriousness of an infringement, assessed from the nature, gravity and duration of the
 * infringement, its intentional or negligent character and the categories of data concerned
 * (GDPR Art. 83(2)(a), (b), (g)), and the share of the applicable legal maximum the starting
 * point is taken from (EDPB Guidelines 04/2022, chapter 4.2).
 */
public enum Seriousness {
    LOW(PercentRange.of("0", "10")),
    MEDIUM(PercentRange.of("10", "20")),
    HIGH(PercentRange.of("20", "100"));

    private final PercentRange startingShare;

    Seriousness(PercentRange startingShare) {
        this.startingShare = startingShare;
    }

    /** The band of the legal maximum the starting point lies in. */
    public PercentRange startingShare() {
        return startingShare;
    }
}
