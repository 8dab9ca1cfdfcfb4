package fr.vigie.committee.application;

import fr.vigie.committee.domain.Stamp;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** The current user and the current time, as one {@link Stamp} for the aggregates' verbs. */
@ApplicationScoped
public class Stamps {
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    public Stamp now() {
        return new Stamp(currentUser.username(), clock.instant(), LocalDate.now(clock));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
