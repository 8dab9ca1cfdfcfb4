package fr.vigie.platform.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the entries in id order and reports the first one that does not follow from its
 * predecessor: either its stored hash no longer matches its content (the row was changed), or
 * its previous-hash is not the previous row's hash (a row was removed or replaced before it).
 *
 * <p>Each row is recomputed in its own hash version (ADR 10): version 1 over the reason in clear;
 * version 2 over the reason's keyed digest, recomputed from the reason while the row holds it (so a
 * changed text is still caught), or taken from the stored digest once the reason was erased (so a
 * forged digest breaks the hash like any other change).
 */
public final class ChainWalker {
    private final AuditReasonKey reasonKey;
    private String expectedPrevious = AuditHash.GENESIS;
    private long checked;
    private long reasonsErased;

    public ChainWalker(AuditReasonKey reasonKey) {
        this.reasonKey = Objects.requireNonNull(reasonKey, "reasonKey");
    }

    /** A row as stored, with every field that the hash covers and the state of its reason. */
    public record StoredEntry(
            long id,
            int hashVersion,
            Instant occurredAt,
            String actor,
            String action,
            String module,
            String caseRef,
            String reason,
            String reasonDigest,
            boolean redacted,
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
        Optional<String> inconsistent = redactionProblem(e);
        if (inconsistent.isPresent()) {
            return inconsistent;
        }
        Optional<String> recomputed = recompute(e);
        if (recomputed.isEmpty()) {
            return Optional.of("entry " + e.id() + " has an unknown hash version " + e.hashVersion());
        }
        if (!recomputed.get().equals(e.hash())) {
            return Optional.of(
                    e.redacted()
                            ? "entry " + e.id() + " was altered after it was written: its content or the digest"
                                    + " kept for its erased reason no longer matches its hash"
                            : "entry " + e.id()
                                    + " was altered after it was written: its content no longer matches its hash");
        }
        if (e.redacted()) {
            reasonsErased++;
        }
        expectedPrevious = e.hash();
        return Optional.empty();
    }

    /** The hash this row should have, in its own version; empty for a version nobody wrote. */
    public Optional<String> recompute(StoredEntry e) {
        return switch (e.hashVersion()) {
            case AuditHash.VERSION_1 ->
                Optional.of(AuditHash.of(
                        e.previousHash(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.module(),
                        e.caseRef(),
                        e.reason(),
                        e.changesJson(),
                        e.requestId()));
            case AuditHash.VERSION_2 ->
                Optional.of(AuditHash.version2(
                        e.previousHash(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.module(),
                        e.caseRef(),
                        e.redacted() ? e.reasonDigest() : reasonKey.digest(e.reason()),
                        e.changesJson(),
                        e.requestId()));
            default -> Optional.empty();
        };
    }

    /** Redaction leaves one shape only: version 2, no reason, its digest. Anything else was not done by it. */
    private static Optional<String> redactionProblem(StoredEntry e) {
        String entry = "entry " + e.id();
        if (e.hashVersion() == AuditHash.VERSION_1 && (e.redacted() || e.reasonDigest() != null)) {
            return Optional.of(entry + " is marked as redacted, but its hash (version 1) covers the reason itself");
        }
        if (e.redacted() && e.reason() != null) {
            return Optional.of(entry + " is marked as redacted but still holds a reason");
        }
        if (e.redacted() && e.reasonDigest() == null) {
            return Optional.of(entry + " is marked as redacted but keeps no digest of its reason");
        }
        if (!e.redacted() && e.reasonDigest() != null) {
            return Optional.of(entry + " keeps a digest of its reason but is not marked as redacted");
        }
        return Optional.empty();
    }

    public long checked() {
        return checked;
    }

    /** Entries walked so far whose reason was erased, each verified through its kept digest. */
    public long reasonsErased() {
        return reasonsErased;
    }
}
