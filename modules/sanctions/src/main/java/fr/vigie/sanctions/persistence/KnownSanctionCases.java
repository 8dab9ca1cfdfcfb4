package fr.vigie.sanctions.persistence;

import fr.vigie.platform.api.clock.KnownCases;
import fr.vigie.sanctions.api.SanctionsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The sanctions module's cases the legal clocks may run on: formal notices (compliance deadline)
 * and sanction procedures (reply, answer, hearing notice, appeal, Art. 60 objections). Both kinds
 * share the module's reference space.
 */
@ApplicationScoped
public class KnownSanctionCases implements KnownCases {
    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    @Override
    public String module() {
        return SanctionsModule.NAME;
    }

    @Override
    public boolean exists(String reference) {
        if (em.isJoinedToTransaction()) {
            // A notice or case opened earlier in the same transaction must be found by the SQL below.
            em.flush();
        }
        return !em.createNativeQuery("SELECT 1 FROM sanctions.formal_notice WHERE reference = ?1"
                        + " UNION ALL SELECT 1 FROM sanctions.sanction_case WHERE reference = ?1")
                .setParameter(1, reference)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
