package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.Stamp;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** The current user and the current time, as one {@link Stamp} for the aggregate's verbs. */
@ApplicationScoped
public class Stamps {
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    public Stamp now() {
        return new Stamp(currentUser.username(), clock.instant(), today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
