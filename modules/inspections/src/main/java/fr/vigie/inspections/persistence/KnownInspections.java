package fr.vigie.inspections.persistence;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The inspections the legal clocks may run on (the observations period of their minutes). */
@ApplicationScoped
public class KnownInspections implements KnownCases {
    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public String module() {
        return InspectionsModule.NAME;
    }

    @Override
    public boolean exists(String reference) {
        if (em.isJoinedToTransaction()) {
            // An inspection opened earlier in the same transaction must be found by the SQL below.
            em.flush();
        }
        return !em.createNativeQuery("SELECT 1 FROM inspections.inspection WHERE reference = ?1")
                .setParameter(1, reference)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
