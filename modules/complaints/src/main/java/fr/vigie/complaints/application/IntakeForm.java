package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import java.time.LocalDate;
import java.util.Set;

/**
 * A complaint as a channel submits it (staff form, public web form through the API, mail).
 *
 * @param submissionKey set by the channel, the same on a resubmission, so that a double
 *                      submission creates one complaint; may be null
 */
public record IntakeForm(
        Channel channel,
        LocalDate receivedOn,
        String complainantName,
        String complainantEmail,
        String complainantAddress,
        String organisationName,
        String organisationCountry,
        String organisationIdentifier,
        String facts,
        Set<Category> categories,
        int peopleAffected,
        String submissionKey) {

    public IntakeForm {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
