package fr.vigie.platform.audit.application;

/** The outcome of walking the chain: intact, or where it first breaks and how. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId, String problem) {
    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification brokenAt(long checked, long entryId, String problem) {
        return new ChainVerification(false, checked, entryId, problem);
    }
}
