package fr.vigie.platform.api.organisation;

import java.util.Set;

/**
 * The identity (name, SIREN, country) of these organisations changed in the directory: a person
 * corrected one, or a SIRENE import updated a batch. Fired in the transaction that changed them, so a
 * module that keeps a search projection of organisation names beside its cases (ADR 7) refreshes it
 * in the same commit; the directory stays the reference and the projection never disagrees with it
 * once committed.
 *
 * @param ids directory ids, never empty
 */
public record OrganisationsRenamed(Set<Long> ids) {
    public OrganisationsRenamed {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("an OrganisationsRenamed event names at least one organisation");
        }
        ids = Set.copyOf(ids);
    }

    public static OrganisationsRenamed of(long id) {
        return new OrganisationsRenamed(Set.of(id));
    }
}
