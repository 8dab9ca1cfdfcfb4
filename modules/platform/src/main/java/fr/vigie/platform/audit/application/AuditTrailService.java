package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.audit.FieldChange;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.audit.domain.AuditEntry;
import fr.vigie.platform.audit.domain.AuditHash;
import fr.vigie.platform.http.RequestIds;
import fr.vigie.platform.security.application.ApiTokenUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Appends to the chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appenders so that each entry links to the one committed just before it; the lock
 * is released when the business transaction ends.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrailService implements AuditTrail {
    /** Arbitrary, fixed key of the advisory lock that guards the head of the chain. */
    private static final long CHAIN_LOCK_KEY = 0x56494749454155L;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private ConfiguredReasonKey reasonKey;

    @Override
    public void record(AuditRecord record) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, CHAIN_LOCK_KEY)
                .getSingleResult();
        String previous =
                (String) em.createNativeQuery("SELECT hash FROM platform.audit_entry ORDER BY id DESC LIMIT 1")
                        .getResultStream()
                        .findFirst()
                        .map(h -> h.toString().trim())
                        .orElse(AuditHash.GENESIS);
        AuditEntry entry = AuditEntry.chainedAfter(
                previous,
                reasonKey.key(),
                clock.instant(),
                currentUser.username(),
                record.action(),
                record.module(),
                record.caseRef() == null ? null : record.caseRef().toString(),
                record.reason(),
                toJson(record),
                RequestIds.current());
        em.persist(entry);
        em.flush();
    }

    private static String toJson(AuditRecord record) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (FieldChange change : record.changes()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("field", change.field());
            addNullable(item, "before", change.before());
            addNullable(item, "after", change.after());
            changes.add(item);
        }
        // A request made with an API token: the token is named next to its owner (the actor).
        ApiTokenUse.current()
                .ifPresent(token -> changes.add(Json.createObjectBuilder()
                        .add("field", "apiToken")
                        .addNull("before")
                        .add("after", token)));
        return changes.build().toString();
    }

    private static void addNullable(JsonObjectBuilder item, String name, String value) {
        if (value == null) {
            item.addNull(name);
        } else {
            item.add(name, value);
        }
    }
}
