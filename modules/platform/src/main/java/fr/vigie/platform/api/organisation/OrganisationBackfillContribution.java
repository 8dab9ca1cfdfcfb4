package fr.vigie.platform.api.organisation;

/**
 * A module's part of the organisation backfill (ADR 7 step 3): it fills {@code organisation_id} of
 * its own rows, batch by batch, through {@link OrganisationEnrolment}. The platform never reads a
 * module's tables: it only calls each contribution (application-scoped CDI beans, one per table
 * holding organisations) in a transaction per batch, as the system task
 * {@value OrganisationEnrolment#BACKFILL_TASK}, and records the counts.
 */
public interface OrganisationBackfillContribution {
    /** Names the rows, e.g. {@code complaints.complaint}: module, then table. */
    String part();

    /**
     * Fills the rows whose {@code organisation_id} is null and whose id is greater than
     * {@code afterId}, at most {@code limit} of them in id order, in the caller's transaction.
     * A row whose organisation has no valid SIREN is left null and counted as left.
     */
    Batch fill(long afterId, int limit, OrganisationEnrolment enrolment);

    /**
     * What one batch did.
     *
     * @param lastId the greatest id read (the next batch starts after it)
     * @param read   rows read; fewer than the limit means the part is done
     * @param filled rows that received an id
     * @param left   rows left without one (no valid SIREN, or no name to register it by)
     */
    record Batch(long lastId, int read, int filled, int left) {
        public Batch {
            if (filled + left != read) {
                throw new IllegalArgumentException("filled + left must equal read");
            }
        }
    }
}
