package fr.vigie.complaints.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What a cross-border complaint brings beyond an ordinary one, as received: who lodged it (a
 * person, or a body acting under GDPR Art. 80 with its mandate), whether confidentiality was
 * claimed, the lead authority the complainant or the channel named, and for a complaint sent by
 * another authority that authority and its reference.
 */
public record CrossBorderIntake(
        CrossBorderRoute route,
        String bodyName,
        String bodyMandate,
        boolean confidentialityClaimed,
        String statedLead,
        String receivedFrom,
        String receivedFromReference) {

    static final int MAX_MANDATE = 5000;

    /** A complaint lodged here. */
    public static CrossBorderIntake lodgedHere(
            String bodyName, String bodyMandate, boolean confidentialityClaimed, String statedLead) {
        return new CrossBorderIntake(
                CrossBorderRoute.LODGED_HERE, bodyName, bodyMandate, confidentialityClaimed, statedLead, null, null);
    }

    /** A complaint sent here, as the presumed lead, by the authority of {@code country}. */
    public static CrossBorderIntake receivedFrom(
            String country, String theirReference, boolean confidentialityClaimed) {
        return new CrossBorderIntake(
                CrossBorderRoute.RECEIVED_FROM_AUTHORITY,
                null,
                null,
                confidentialityClaimed,
                null,
                country,
                theirReference);
    }

    public CrossBorderIntake {
        bodyName = blankToNull(bodyName);
        bodyMandate = blankToNull(bodyMandate);
        statedLead = blankToNull(statedLead);
        receivedFrom = blankToNull(receivedFrom);
        receivedFromReference = blankToNull(receivedFromReference);
    }

    /** Checks the intake; Art. 4(1)(b): a body acting under GDPR Art. 80 gives its mandate. */
    void check() {
        if (route == null) {
            throw ComplaintException.onField("route", "xb.route.required");
        }
        if (bodyName != null && bodyName.length() > 300) {
            throw ComplaintException.onField("bodyName", "text.tooLong", 300);
        }
        if (bodyName != null && bodyMandate == null) {
            throw ComplaintException.onField("bodyMandate", "xb.bodyMandate.required");
        }
        if (bodyMandate != null && bodyMandate.length() > MAX_MANDATE) {
            throw ComplaintException.onField("bodyMandate", "text.tooLong", MAX_MANDATE);
        }
        if (statedLead != null) {
            country(statedLead, "presumedLead");
        }
        if (route == CrossBorderRoute.RECEIVED_FROM_AUTHORITY) {
            if (receivedFrom == null) {
                throw ComplaintException.onField("receivedFrom", "xb.receivedFrom.required");
            }
            if ("FR".equals(country(receivedFrom, "receivedFrom"))) {
                throw ComplaintException.onField("receivedFrom", "xb.receivedFrom.notHere");
            }
            if (receivedFromReference == null) {
                throw ComplaintException.onField("receivedFromReference", "xb.receivedFromReference.required");
            }
            if (receivedFromReference.length() > 100) {
                throw ComplaintException.onField("receivedFromReference", "text.tooLong", 100);
            }
        }
    }

    /** An ISO 3166-1 alpha-2 code, upper case, or a refusal on the field. */
    static String country(String code, String field) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(upper)) {
            throw ComplaintException.onField(field, "organisation.country.invalid", code);
        }
        return upper;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
