package fr.vigie.platform.audit.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Walks the entries in id order and reports the first one that does not follow from its
 * predecessor: either its stored hash no longer matches its content (the row was changed), or
 * its previous-hash is not the previous row's hash (a row was removed or replaced before it).
 */
public final class ChainWalker {
    private String expectedPrevious = AuditHash.GENESIS;
    private long checked;

    /** A row as stored, with every field that the hash covers. */
    public record StoredEntry(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String module,
            String caseRef,
            String reason,
            String changesJson,
            String requestId,
            String previousHash,
            String hash) {}

    /** @return the problem with this entry, if any; the walk should stop at the first one */
    public Optional<String> accept(StoredEntry e) {
        checked++;
        if (!expectedPrevious.equals(e.previousHash())) {
            return Optional.of("entry " + e.id()
                    + " does not follow the previous entry: an entry before it was removed or altered");
        }
        String recomputed = AuditHash.of(
                e.previousHash(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                e.reason(),
                e.changesJson(),
                e.requestId());
        if (!recomputed.equals(e.hash())) {
            return Optional.of(
                    "entry " + e.id() + " was altered after it was written: its content no longer matches its hash");
        }
        expectedPrevious = e.hash();
        return Optional.empty();
    }

    public long checked() {
        return checked;
    }
}
