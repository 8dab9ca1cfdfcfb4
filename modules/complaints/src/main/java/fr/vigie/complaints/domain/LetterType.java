package fr.vigie.complaints.domain;

/**
 * The letters of a complaint. Letters to the complainant that report progress or the outcome
 * restart the GDPR Art. 78(2) clock; a request for information goes to the organisation and
 * never names the complainant.
 */
public enum LetterType {
    ACKNOWLEDGEMENT(Recipient.COMPLAINANT, false),
    REQUEST_FOR_INFORMATION(Recipient.ORGANISATION, false),
    INFORMATION_OF_PROGRESS(Recipient.COMPLAINANT, true),
    CLOSURE(Recipient.COMPLAINANT, true),
    /**
     * Tells the complainant that the complaint went to the presumed lead authority and that this
     * authority remains their contact (Regulation (EU) 2025/2518). Not counted as the GDPR Art.
     * 78(2) information of progress: the handler informs as usual.
     */
    TRANSMISSION_NOTICE(Recipient.COMPLAINANT, false);

    /** Who a letter is addressed to. */
    public enum Recipient {
        COMPLAINANT,
        ORGANISATION
    }

    private final Recipient recipient;
    private final boolean informsOfProgressOrOutcome;

    LetterType(Recipient recipient, boolean informsOfProgressOrOutcome) {
        this.recipient = recipient;
        this.informsOfProgressOrOutcome = informsOfProgressOrOutcome;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** True for the letters that count as informing the complainant under GDPR Art. 78(2). */
    public boolean informsOfProgressOrOutcome() {
        return informsOfProgressOrOutcome;
    }
}
