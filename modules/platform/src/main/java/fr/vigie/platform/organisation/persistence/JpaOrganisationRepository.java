package fr.vigie.platform.organisation.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.organisation.domain.Organisation;
import fr.vigie.platform.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Organisations with JPA. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findBySiren(String siren) {
        return em.createNamedQuery("Organisation.bySiren", Organisation.class)
                .setParameter("siren", siren)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Organisation> findForeign(String country, String name) {
        return em.createNamedQuery("Organisation.foreign", Organisation.class)
                .setParameter("country", country)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    @Override
    public void lockForRegistration(String siren) {
        // A transaction-scoped lock: released by the commit or rollback, never left on a pooled connection.
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "platform.organisation.siren:" + siren)
                .getSingleResult();
    }

    @Override
    public void lockForForeignRegistration(String country, String name) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "platform.organisation.foreign:" + country + ":" + name.toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(String.valueOf(e.getEntity()));
        }
    }
}
