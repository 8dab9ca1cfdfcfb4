package fr.vigie.complaints.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Published (CDI event, in the same transaction) when a complaint concerning cross-border
 * processing leaves the complaints module for the cooperation procedure between authorities
 * (ADR 12): either the authority transmitted it to the presumed lead authority of another country,
 * or the authority itself leads and opens the investigation, or the complaint came from another
 * authority that sent it here as the lead. The crossborder module opens a case from it, or joins the
 * complaint to the open case against the same organisation and lead authority.
 *
 * <p>The complainant's identity is deliberately absent: the complainant keeps dealing with the
 * authority that received the complaint, and the cross-border case needs only the complaint's
 * reference.
 *
 * @param complaint          the complaint, {@code complaints:PL-2027-000123}
 * @param direction          sent to the lead, led here, or received from the authority it was lodged with
 * @param receivedOn         the day the complaint was received (decides the rules: Regulation (EU)
 *                           2025/2518 for complaints received from 2 April 2027)
 * @param leadAuthority      ISO country code of the (presumed) lead supervisory authority, {@code FR} when
 *                           the authority leads
 * @param lodgedWith         ISO country code of the authority the complaint was lodged with ({@code FR} unless
 *                           received from another authority)
 * @param organisationName   the organisation complained about
 * @param organisationDirectoryId its id in the platform's directory, or null when not linked
 * @param country            ISO 3166-1 alpha-2 country of the organisation's main establishment
 * @param documentsSent      what was sent (names of the documents or versions), empty when nothing was sent
 * @param decidedOn          the day of the transmission or of the decision to lead
 * @param decidedBy          the handler
 */
public record CrossBorderComplaintTransmitted(
        CaseRef complaint,
        Direction direction,
        LocalDate receivedOn,
        String leadAuthority,
        String lodgedWith,
        String organisationName,
        Long organisationDirectoryId,
        String country,
        List<String> documentsSent,
        LocalDate decidedOn,
        String decidedBy) {

    /** Which way the complaint went. */
    public enum Direction {
        /** Transmitted by this authority to the presumed lead authority of another country. */
        SENT_TO_LEAD,
        /** Lodged here, and this authority is the lead. */
        LED_HERE,
        /** Received from the authority it was lodged with, this authority being the lead. */
        RECEIVED_AS_LEAD
    }

    public CrossBorderComplaintTransmitted {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(receivedOn, "receivedOn decides the rules of the case");
        Objects.requireNonNull(leadAuthority, "leadAuthority");
        documentsSent = documentsSent == null ? List.of() : List.copyOf(documentsSent);
    }
}
