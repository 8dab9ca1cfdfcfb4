package fr.vigie.platform.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123456789Z");
    private static final AuditReasonKey KEY = AuditReasonKey.of(AuditReasonKeyTest.SECRET);

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
    void newEntriesAreWrittenInVersion2WithTheirReason() {
        AuditEntry entry = AuditEntry.chainedAfter(
                AuditHash.GENESIS, KEY, T0, "admin", "A", "platform", "users:u", "because", "[]", "r");
        assertEquals(AuditHash.VERSION_2, entry.hashVersion());
        assertEquals("because", entry.reason());
        assertFalse(entry.reasonErased());
        assertEquals(
                AuditHash.version2(
                        AuditHash.GENESIS, T0, "admin", "A", "platform", "users:u", KEY.digest("because"), "[]", "r"),
                entry.hash());
    }

    @Test
    void intactChainWalksToTheEnd() {
        ChainWalker walker = new ChainWalker(KEY);
        for (ChainWalker.StoredEntry e : chain(5)) {
            assertTrue(walker.accept(e).isEmpty());
        }
        assertEquals(5, walker.checked());
        assertEquals(0, walker.reasonsErased());
    }

    @Test
    void alteredRowIsNamed() {
        List<ChainWalker.StoredEntry> rows = chain(4);
        rows.set(2, withReason(rows.get(2), "rewritten"));
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

    @Test
    void version1RowsKeepTheirFormulaAndVersion2RowsFollowThem() {
        List<ChainWalker.StoredEntry> rows = version1Chain(3);
        rows.addAll(chainAfter(rows.get(rows.size() - 1), 2));
        assertEquals(Optional.empty(), firstProblem(rows));

        List<ChainWalker.StoredEntry> tampered = new ArrayList<>(rows);
        tampered.set(1, withReason(rows.get(1), "rewritten"));
        assertEquals(
                Optional.of("entry 2 was altered after it was written: its content no longer matches its hash"),
                firstProblem(tampered));
    }

    @Test
    void anErasedReasonVerifiesThroughItsKeptDigestAndIsCounted() {
        List<ChainWalker.StoredEntry> rows = chain(4);
        rows.set(1, redacted(rows.get(1)));
        rows.set(3, redacted(rows.get(3)));
        ChainWalker walker = new ChainWalker(KEY);
        for (ChainWalker.StoredEntry e : rows) {
            assertEquals(Optional.empty(), walker.accept(e), "entry " + e.id());
        }
        assertEquals(4, walker.checked());
        assertEquals(2, walker.reasonsErased());
    }

    @Test
    void aForgedDigestBreaksTheHash() {
        List<ChainWalker.StoredEntry> rows = chain(3);
        ChainWalker.StoredEntry e = redacted(rows.get(1));
        rows.set(1, withDigest(e, KEY.digest("nothing happened")));
        assertEquals(
                Optional.of("entry 2 was altered after it was written: its content or the digest kept for its"
                        + " erased reason no longer matches its hash"),
                firstProblem(rows));
    }

    @Test
    void aReasonDigestedUnderAnotherKeyDoesNotVerify() {
        // The key is part of the formula: a server started with another key sees every reason as changed.
        ChainWalker otherKey = new ChainWalker(AuditReasonKey.of(AuditReasonKeyTest.SECRET + "-other"));
        assertTrue(otherKey.accept(chain(1).get(0)).orElseThrow().contains("was altered"));
    }

    @Test
    void anEntryWithoutReasonVerifiesWhateverTheKey() {
        ChainWalker.StoredEntry noReason = withReason(chain(1).get(0), null);
        String hash = new ChainWalker(KEY).recompute(noReason).orElseThrow();
        ChainWalker.StoredEntry stored = withHash(noReason, hash);
        assertEquals(Optional.empty(), new ChainWalker(AuditReasonKey.of("y".repeat(40))).accept(stored));
    }

    @Test
    void redactionLeavesOneShapeOnly() {
        ChainWalker.StoredEntry v2 = chain(1).get(0);
        ChainWalker.StoredEntry erased = redacted(v2);
        assertEquals(
                "entry 1 is marked as redacted but still holds a reason",
                firstProblem(List.of(withReason(erased, "still here"))).orElseThrow());
        assertEquals(
                "entry 1 is marked as redacted but keeps no digest of its reason",
                firstProblem(List.of(withDigest(erased, null))).orElseThrow());
        assertEquals(
                "entry 1 keeps a digest of its reason but is not marked as redacted",
                firstProblem(List.of(withDigest(v2, KEY.digest(v2.reason())))).orElseThrow());
        ChainWalker.StoredEntry v1 = version1Chain(1).get(0);
        assertEquals(
                "entry 1 is marked as redacted, but its hash (version 1) covers the reason itself",
                firstProblem(List.of(redacted(v1))).orElseThrow());
    }

    @Test
    void anUnknownVersionIsAProblem() {
        ChainWalker.StoredEntry e = chain(1).get(0);
        ChainWalker.StoredEntry v3 = new ChainWalker.StoredEntry(
                e.id(),
                3,
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                e.reason(),
                e.reasonDigest(),
                e.redacted(),
                e.changesJson(),
                e.requestId(),
                e.previousHash(),
                e.hash());
        assertEquals(Optional.of("entry 1 has an unknown hash version 3"), firstProblem(List.of(v3)));
    }

    private static Optional<String> firstProblem(List<ChainWalker.StoredEntry> rows) {
        ChainWalker walker = new ChainWalker(KEY);
        for (ChainWalker.StoredEntry e : rows) {
            Optional<String> problem = walker.accept(e);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static List<ChainWalker.StoredEntry> chain(int n) {
        return chainAfter(null, n);
    }

    /** Version-2 entries as the application writes them, after {@code last} (null: from the start). */
    private static List<ChainWalker.StoredEntry> chainAfter(ChainWalker.StoredEntry last, int n) {
        List<ChainWalker.StoredEntry> rows = new ArrayList<>();
        String previous = last == null ? AuditHash.GENESIS : last.hash();
        long first = last == null ? 1 : last.id() + 1;
        for (long id = first; id < first + n; id++) {
            AuditEntry entry = AuditEntry.chainedAfter(
                    previous,
                    KEY,
                    T0.plusSeconds(id),
                    "admin",
                    "ACTION_" + id,
                    "platform",
                    "users:u" + id,
                    "reason " + id,
                    "[]",
                    "req-" + id);
            rows.add(new ChainWalker.StoredEntry(
                    id,
                    entry.hashVersion(),
                    entry.occurredAt(),
                    entry.actor(),
                    entry.action(),
                    entry.module(),
                    entry.caseRef(),
                    entry.reason(),
                    null,
                    false,
                    entry.changesJson(),
                    entry.requestId(),
                    entry.previousHash(),
                    entry.hash()));
            previous = entry.hash();
        }
        return rows;
    }

    /** Rows as written before ADR 10: the hash over the reason in clear. */
    private static List<ChainWalker.StoredEntry> version1Chain(int n) {
        List<ChainWalker.StoredEntry> rows = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = AuditHash.storedPrecision(T0.plusSeconds(id));
            String hash = AuditHash.of(
                    previous, at, "admin", "OLD_" + id, "platform", "users:o" + id, "old " + id, "[]", null);
            rows.add(new ChainWalker.StoredEntry(
                    id,
                    AuditHash.VERSION_1,
                    at,
                    "admin",
                    "OLD_" + id,
                    "platform",
                    "users:o" + id,
                    "old " + id,
                    null,
                    false,
                    "[]",
                    null,
                    previous,
                    hash));
            previous = hash;
        }
        return rows;
    }

    /** What the database's redaction leaves: no reason, its digest, marked. */
    private static ChainWalker.StoredEntry redacted(ChainWalker.StoredEntry e) {
        return new ChainWalker.StoredEntry(
                e.id(),
                e.hashVersion(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                null,
                KEY.digest(e.reason()),
                true,
                e.changesJson(),
                e.requestId(),
                e.previousHash(),
                e.hash());
    }

    private static ChainWalker.StoredEntry withReason(ChainWalker.StoredEntry e, String reason) {
        return new ChainWalker.StoredEntry(
                e.id(),
                e.hashVersion(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                reason,
                e.reasonDigest(),
                e.redacted(),
                e.changesJson(),
                e.requestId(),
                e.previousHash(),
                e.hash());
    }

    private static ChainWalker.StoredEntry withDigest(ChainWalker.StoredEntry e, String digest) {
        return new ChainWalker.StoredEntry(
                e.id(),
                e.hashVersion(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                e.reason(),
                digest,
                e.redacted(),
                e.changesJson(),
                e.requestId(),
                e.previousHash(),
                e.hash());
    }

    private static ChainWalker.StoredEntry withHash(ChainWalker.StoredEntry e, String hash) {
        return new ChainWalker.StoredEntry(
                e.id(),
                e.hashVersion(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                e.reason(),
                e.reasonDigest(),
                e.redacted(),
                e.changesJson(),
                e.requestId(),
                e.previousHash(),
                hash);
    }
}
