package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The dossiers the legal clocks may run on: a dossier's clock starts only on a dossier that exists. */
@ApplicationScoped
public class KnownDossiers implements KnownCases {
    @PersistenceContext(unitName = "dossiers")
    private EntityManager em;

    @Override
    public String module() {
        return DossiersModule.NAME;
    }

    @Override
    public boolean exists(String reference) {
        return em.createNamedQuery("Dossier.byReference", Dossier.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .isPresent();
    }
}
