package fr.vigie.complaints.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What intake collects, before any rule is checked (the aggregate's constructor checks them).
 *
 * @param receivedOn the day the complaint reached the authority (lodging day, GDPR Art. 77)
 */
public record NewComplaint(
        Channel channel,
        LocalDate receivedOn,
        Complainant complainant,
        Organisation organisation,
        String facts,
        Set<Category> categories,
        int peopleAffected) {

    public NewComplaint {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
