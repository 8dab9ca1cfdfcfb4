package fr.vigie.platform.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123456789Z");

    @Test
    void hashCoversThePreviousHashAndEveryField() {
        String base = AuditHash.of(
                AuditHash.GENESIS, T0, "admin", "USER_CREATED", "platform", "users:bob", "why", "[]", "r1");
        assertNotEquals(
                base,
                AuditHash.of("1".repeat(64), T0, "admin", "USER_CREATED", "platform", "users:bob", "why", "[]", "r1"));
        assertNotEquals(
                base,
                AuditHash.of(
                        AuditHash.GENESIS,
                        T0.plusMillis(1),
                        "admin",
                        "USER_CREATED",
                        "platform",
                        "users:bob",
                        "why",
                        "[]",
                        "r1"));
        assertNotEquals(
                base,
                AuditHash.of(
                        AuditHash.GENESIS,
                        T0,
                        "admin",
                        "USER_CREATED",
                        "platform",
                        "users:bob",
                        "why not",
                        "[]",
                        "r1"));
        assertNotEquals(
                base,
                AuditHash.of(
                        AuditHash.GENESIS, T0, "admin", "USER_CREATED", "platform", "users:bob", "why", "[]", null));
    }

    @Test
    void shiftingTextBetweenFieldsChangesTheHash() {
        assertNotEquals(
                AuditHash.of(AuditHash.GENESIS, T0, "ab", "c", "m", null, null, "[]", null),
                AuditHash.of(AuditHash.GENESIS, T0, "a", "bc", "m", null, null, "[]", null));
    }

    @Test
    void hashIgnoresNanosecondsThatPostgresDoesNotKeep() {
        assertEquals(
                AuditHash.of(AuditHash.GENESIS, T0, "a", "b", "m", null, null, "[]", null),
                AuditHash.of(AuditHash.GENESIS, AuditHash.storedPrecision(T0), "a", "b", "m", null, null, "[]", null));
    }

    @Test
    void intactChainWalksToTheEnd() {
        ChainWalker walker = new ChainWalker();
        for (ChainWalker.StoredEntry e : chain(5)) {
            assertTrue(walker.accept(e).isEmpty());
        }
        assertEquals(5, walker.checked());
    }

    @Test
    void alteredRowIsNamed() {
        List<ChainWalker.StoredEntry> rows = chain(4);
        ChainWalker.StoredEntry e = rows.get(2);
        rows.set(
                2,
                new ChainWalker.StoredEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.module(),
                        e.caseRef(),
                        "rewritten",
                        e.changesJson(),
                        e.requestId(),
                        e.previousHash(),
                        e.hash()));
        assertEquals(
                Optional.of("entry 3 was altered after it was written: its content no longer matches its hash"),
                firstProblem(rows));
    }

    @Test
    void deletedRowIsDetectedAtTheNextOne() {
        List<ChainWalker.StoredEntry> rows = chain(4);
        rows.remove(1);
        assertTrue(firstProblem(rows).orElseThrow().startsWith("entry 3 does not follow"));
    }

    private static Optional<String> firstProblem(List<ChainWalker.StoredEntry> rows) {
        ChainWalker walker = new ChainWalker();
        for (ChainWalker.StoredEntry e : rows) {
            Optional<String> problem = walker.accept(e);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static List<ChainWalker.StoredEntry> chain(int n) {
        List<ChainWalker.StoredEntry> rows = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = AuditEntry.chainedAfter(
                    previous,
                    T0.plusSeconds(i),
                    "admin",
                    "ACTION_" + i,
                    "platform",
                    "users:u" + i,
                    "reason " + i,
                    "[]",
                    "req-" + i);
            rows.add(new ChainWalker.StoredEntry(
                    i,
                    entry.occurredAt(),
                    entry.actor(),
                    entry.action(),
                    entry.module(),
                    entry.caseRef(),
                    entry.reason(),
                    entry.changesJson(),
                    entry.requestId(),
                    entry.previousHash(),
                    entry.hash()));
            previous = entry.hash();
        }
        return rows;
    }
}
