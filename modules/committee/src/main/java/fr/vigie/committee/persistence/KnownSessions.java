package fr.vigie.committee.persistence;

import fr.vigie.committee.application.CommitteeSchema;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The committee's cases for the legal clocks: its sessions ({@code committee:SC-2026-0001}). No
 * policy of the catalogue runs on them today (the committee's month runs on the dossier), so
 * this only lets the clocks tell an existing session from a mistyped reference.
 */
@ApplicationScoped
public class KnownSessions implements KnownCases {
    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    @Override
    public String module() {
        return CommitteeSchema.NAME;
    }

    @Override
    public boolean exists(String reference) {
        return em.createNamedQuery("CommitteeSession.byReference", CommitteeSession.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .isPresent();
    }
}
