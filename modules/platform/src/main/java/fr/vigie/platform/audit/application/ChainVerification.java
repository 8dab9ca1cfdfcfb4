package fr.vigie.platform.audit.application;

/**
 * The outcome of walking the chain: intact, or where it first breaks and how. {@code reasonsErased}
 * counts the entries checked whose reason was erased (verified through the digest they keep, ADR 10).
 */
public record ChainVerification(
        boolean intact, long entriesChecked, long reasonsErased, Long firstBrokenEntryId, String problem) {
    public static ChainVerification intact(long checked, long reasonsErased) {
        return new ChainVerification(true, checked, reasonsErased, null, null);
    }

    public static ChainVerification brokenAt(long checked, long reasonsErased, long entryId, String problem) {
        return new ChainVerification(false, checked, reasonsErased, entryId, problem);
    }
}
