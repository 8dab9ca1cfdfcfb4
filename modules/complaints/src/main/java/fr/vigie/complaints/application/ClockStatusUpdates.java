package fr.vigie.complaints.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Writes an announced clock status into the read model, in its own transaction (the change that
 * announced it is already committed). Open to any caller: the status job runs as {@code system},
 * and the method only mirrors what the platform decided.
 */
@Stateless
@PermitAll
public class ClockStatusUpdates {
    @Inject
    ClockStatusBoard board;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void update(long clockId, String state, LocalDate dueDate) {
        board.update(clockId, state, dueDate);
    }
}
