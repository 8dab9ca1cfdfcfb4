package fr.vigie.platform.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {
    private static final Instant T0 = Instant.parse("2026-12-20T09:00:00.123456Z");
    private static final AuditReasonKey KEY = AuditReasonKey.of(AuditReasonKeyTest.SECRET);

    @Test
    void version2CoversTheReasonsDigestNotTheReason() {
        String digest = KEY.digest("why");
        String v2 = AuditHash.version2(
                AuditHash.GENESIS, T0, "admin", "USER_CREATED", "platform", "users:bob", digest, "[]", "r1");
        assertNotEquals(
                v2,
                AuditHash.version2(
                        AuditHash.GENESIS,
                        T0,
                        "admin",
                        "USER_CREATED",
                        "platform",
                        "users:bob",
                        KEY.digest("why not"),
                        "[]",
                        "r1"));
        assertNotEquals(
                v2,
                AuditHash.version2(
                        AuditHash.GENESIS, T0, "admin", "USER_CREATED", "platform", "users:bob", "why", "[]", "r1"));
    }

    @Test
    void version2IsNotVersion1OverTheDigest() {
        // Otherwise a redacted row could be relabelled version 1 with its digest posing as its reason.
        String digest = KEY.digest("why");
        assertNotEquals(
                AuditHash.of(AuditHash.GENESIS, T0, "a", "b", "m", null, digest, "[]", null),
                AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", null, digest, "[]", null));
    }

    @Test
    void version2CoversEveryOtherFieldAsVersion1Does() {
        String base = AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", "c:1", null, "[]", "r");
        assertNotEquals(base, AuditHash.version2("1".repeat(64), T0, "a", "b", "m", "c:1", null, "[]", "r"));
        assertNotEquals(
                base, AuditHash.version2(AuditHash.GENESIS, T0.plusNanos(1000), "a", "b", "m", "c:1", null, "[]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a2", "b", "m", "c:1", null, "[]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b2", "m", "c:1", null, "[]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m2", "c:1", null, "[]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", "c:2", null, "[]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", "c:1", null, "[1]", "r"));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", "c:1", null, "[]", null));
        assertNotEquals(base, AuditHash.version2(AuditHash.GENESIS, T0, "a", "b", "m", "c:1", "", "[]", "r"));
    }

    @Test
    void version2KeepsTheStoredPrecision() {
        Instant nanos = Instant.parse("2026-12-20T09:00:00.123456789Z");
        assertEquals(
                AuditHash.version2(AuditHash.GENESIS, nanos, "a", "b", "m", null, null, "[]", null),
                AuditHash.version2(
                        AuditHash.GENESIS, AuditHash.storedPrecision(nanos), "a", "b", "m", null, null, "[]", null));
    }

    @Test
    void version1IsUnchangedForTheRowsAlreadyWritten() {
        // Pinned (computed apart from this code: SHA-256 over "length:field;", "-1:;" for null):
        // changing version 1 would break every chain written before ADR 10.
        assertEquals(
                "11da6b5f1752542b44ad33520da0f869ac6afa7d40ba06e23defb46a108859e7",
                AuditHash.of(AuditHash.GENESIS, T0, "a", "b", "m", null, "why", "[]", null));
    }
}
