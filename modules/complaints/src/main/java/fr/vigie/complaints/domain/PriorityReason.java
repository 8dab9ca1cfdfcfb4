package fr.vigie.complaints.domain;

/**
 * One documented rule that added points to a proposed priority. {@code rule} is a stable code,
 * translated on screen ({@code priority.rule.<rule>}).
 */
public record PriorityReason(String rule, int points) {

    /** Stored form, e.g. {@code HEALTH_DATA:30}. */
    public String encoded() {
        return rule + ":" + points;
    }

    static PriorityReason decode(String text) {
        int colon = text.indexOf(':');
        return new PriorityReason(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }
}
