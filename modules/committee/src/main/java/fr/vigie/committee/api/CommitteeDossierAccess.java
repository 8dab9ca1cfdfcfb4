package fr.vigie.committee.api;

import fr.vigie.platform.api.CaseRef;

/**
 * Whether a committee member may read a referred dossier's documents. The dossiers module's
 * {@code DocumentAccessPolicy} asks it, so that members read the documents of the dossiers they
 * review while a recused member does not.
 */
public interface CommitteeDossierAccess {

    /**
     * @return true when the dossier was referred to the committee, the user is an active member of
     *         its roster, and the user is not recused from the dossier
     */
    boolean mayRead(CaseRef dossier, String username);
}
