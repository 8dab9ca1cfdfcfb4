package fr.vigie.dossiers.domain;

import java.util.Optional;

/** Where dossiers are kept. Implemented in the persistence package. */
public interface DossierRepository {
    /** A new reference, unique, numbered per year of creation. */
    DossierReference nextReference(int year);

    Optional<Dossier> find(DossierReference reference);

    void store(Dossier dossier);

    /** Writes pending changes now, so that constraints and versions are checked in the use case. */
    void flush();
}
