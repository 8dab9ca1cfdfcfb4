package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A personal data breach notified by the controller (GDPR Art. 33) that led to the inspection:
 * when the controller became aware of it, when it notified the authority, how many people and
 * which categories of data are affected.
 */
@Embeddable
public class BreachNotification {
    static final int MAX_PEOPLE = 1_000_000_000;
    static final int MAX_CATEGORIES = 2_000;

    @Column(name = "breach_known_on")
    private LocalDate knownOn;

    @Column(name = "breach_notified_on")
    private LocalDate notifiedOn;

    @Column(name = "breach_people_affected")
    private Integer peopleAffected;

    @Column(name = "breach_data_categories")
    private String dataCategories;

    protected BreachNotification() {
        // for JPA
    }

    public static BreachNotification of(
            LocalDate knownOn, LocalDate notifiedOn, Integer peopleAffected, String dataCategories, LocalDate today) {
        if (knownOn == null) {
            throw InspectionException.onField("breachKnownOn", "breach.knownOn.required");
        }
        if (notifiedOn == null) {
            throw InspectionException.onField("breachNotifiedOn", "breach.notifiedOn.required");
        }
        if (knownOn.isAfter(today)) {
            throw InspectionException.onField("breachKnownOn", "date.future");
        }
        if (notifiedOn.isAfter(today)) {
            throw InspectionException.onField("breachNotifiedOn", "date.future");
        }
        if (notifiedOn.isBefore(knownOn)) {
            throw InspectionException.onField("breachNotifiedOn", "breach.notifiedBeforeKnown");
        }
        if (peopleAffected == null || peopleAffected < 1 || peopleAffected > MAX_PEOPLE) {
            throw InspectionException.onField("breachPeopleAffected", "breach.peopleAffected.range", MAX_PEOPLE);
        }
        String categories = dataCategories == null ? "" : dataCategories.strip();
        if (categories.isEmpty()) {
            throw InspectionException.onField("breachDataCategories", "breach.dataCategories.required");
        }
        if (categories.length() > MAX_CATEGORIES) {
            throw InspectionException.onField("breachDataCategories", "text.tooLong", MAX_CATEGORIES);
        }
        BreachNotification b = new BreachNotification();
        b.knownOn = knownOn;
        b.notifiedOn = notifiedOn;
        b.peopleAffected = peopleAffected;
        b.dataCategories = categories;
        return b;
    }

    public LocalDate knownOn() {
        return knownOn;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public Integer peopleAffected() {
        return peopleAffected;
    }

    public String dataCategories() {
        return dataCategories;
    }
}
