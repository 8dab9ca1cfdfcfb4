package fr.vigie.complaints.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What intake collects, before any rule is checked ({@link #checked} checks them for the aggregate's
 * constructor).
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

    static final int MAX_FACTS = 20_000;
    static final int MAX_PEOPLE = 100_000_000;

    public NewComplaint {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    /**
     * Checks what a complaint needs to be received (the aggregate's constructor calls it).
     *
     * @return the facts, trimmed
     */
    String checked(LocalDate today) {
        if (channel == null) {
            throw ComplaintException.onField("channel", "complaint.channel.required");
        }
        if (receivedOn == null) {
            throw ComplaintException.onField("receivedOn", "complaint.receivedOn.required");
        }
        if (receivedOn.isAfter(today)) {
            throw ComplaintException.onField("receivedOn", "complaint.receivedOn.future");
        }
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(organisation, "organisation");
        String text = facts == null ? "" : facts.strip();
        if (text.length() < 20) {
            throw ComplaintException.onField("facts", "complaint.facts.tooShort", 20);
        }
        if (text.length() > MAX_FACTS) {
            throw ComplaintException.onField("facts", "text.tooLong", MAX_FACTS);
        }
        if (categories.isEmpty()) {
            throw ComplaintException.onField("categories", "complaint.categories.required");
        }
        if (peopleAffected < 1 || peopleAffected > MAX_PEOPLE) {
            throw ComplaintException.onField("peopleAffected", "complaint.peopleAffected.range", MAX_PEOPLE);
        }
        return text;
    }
}
