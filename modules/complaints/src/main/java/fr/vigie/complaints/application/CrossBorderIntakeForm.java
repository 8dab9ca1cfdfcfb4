package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.CrossBorderIntake;
import java.time.LocalDate;
import java.util.Set;

/**
 * A cross-border complaint as the annex form of Regulation (EU) 2025/2518 gives it: exactly the
 * information of Art. 4(1) — (a) the complainant's name and contact details, (b) for a body acting
 * under GDPR Art. 80 its constitution and mandate, (c) what identifies the controller or processor,
 * (d) the description of the alleged infringement — plus what the channel itself tells (the day
 * received, the presumed lead authority if the complainant named one, a claim of confidentiality,
 * and for a complaint sent by another authority that authority and its reference).
 */
public record CrossBorderIntakeForm(
        Channel channel,
        LocalDate receivedOn,
        String complainantName,
        String complainantEmail,
        String complainantAddress,
        String bodyName,
        String bodyMandate,
        String organisationName,
        String organisationCountry,
        String organisationIdentifier,
        String facts,
        boolean confidentialityClaimed,
        String presumedLead,
        String receivedFrom,
        String receivedFromReference,
        String submissionKey) {

    /** The cross-border part, by channel: a transfer from an EU authority is received as the lead. */
    CrossBorderIntake crossBorder() {
        return channel == Channel.EU_AUTHORITY_TRANSFER
                ? CrossBorderIntake.receivedFrom(receivedFrom, receivedFromReference, confidentialityClaimed)
                : CrossBorderIntake.lodgedHere(bodyName, bodyMandate, confidentialityClaimed, presumedLead);
    }

    /** The complaint's common part; what Art. 4(1) does not list is not asked ("other", one person). */
    IntakeForm asIntakeForm() {
        return new IntakeForm(
                channel,
                receivedOn,
                complainantName,
                complainantEmail,
                complainantAddress,
                organisationName,
                organisationCountry,
                organisationIdentifier,
                facts,
                Set.of(Category.OTHER),
                1,
                submissionKey);
    }
}
