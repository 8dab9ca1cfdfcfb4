package fr.vigie.platform.api.organisation;

import java.util.Map;

/**
 * A module's columns that repeat an organisation's name beside its cases so that its own SQL can sort
 * and search a list of a million rows by organisation without reading another schema (ADR 7). The
 * directory is the reference: when it renames organisations ({@link OrganisationsRenamed}), the
 * platform hands every projection the new identities, in the transaction that renamed them, and the
 * projection rewrites its rows that refer to them. One application-scoped CDI bean per table.
 *
 * <p>Records that must keep the name as it was written (a snapshot taken for a committee review, a
 * published decision) are not projections and do not implement this.
 */
public interface OrganisationNameProjection {
    /** Names the rows, e.g. {@code complaints.complaint}: module, then table. */
    String part();

    /**
     * Rewrites the name (and the country, where the table keeps one) of the rows referring to these
     * organisations, in the caller's transaction; organisations the directory publishes without a name
     * keep the name the case was given.
     *
     * @return rows changed
     */
    int refresh(Map<Long, OrganisationSummary> organisations);
}
