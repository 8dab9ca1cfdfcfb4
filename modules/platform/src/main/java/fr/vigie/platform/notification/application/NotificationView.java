package fr.vigie.platform.notification.application;

import java.time.Instant;

/** A notification as the top bar shows it; arguments are '|'-separated, for the message pattern. */
public record NotificationView(
        long id, Instant createdAt, String messageKey, String messageArgs, String caseRef, String link) {}
