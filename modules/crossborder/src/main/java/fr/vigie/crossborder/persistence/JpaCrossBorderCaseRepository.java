package fr.vigie.crossborder.persistence;

import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderCaseRepository;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Cross-border cases with JPA; references numbered per year of opening in {@code crossborder.case_number}. */
@ApplicationScoped
public class JpaCrossBorderCaseRepository implements CrossBorderCaseRepository {
    @PersistenceContext(unitName = "crossborder")
    private EntityManager em;

    @Override
    public Optional<CrossBorderCase> find(CrossBorderCaseId id) {
        return em.createNamedQuery("CrossBorderCase.byReference", CrossBorderCase.class)
                .setParameter("reference", id.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public CrossBorderCaseId nextId(LocalDate openedOn) {
        Number next = (Number) em.createNativeQuery("INSERT INTO crossborder.case_number (year, last) VALUES (?1, 1)"
                        + " ON CONFLICT (year) DO UPDATE SET last = crossborder.case_number.last + 1 RETURNING last")
                .setParameter(1, openedOn.getYear())
                .getSingleResult();
        return new CrossBorderCaseId(String.format("TF-%04d-%06d", openedOn.getYear(), next.longValue()));
    }

    @Override
    public void add(CrossBorderCase c) {
        em.persist(c);
    }

    @Override
    public Optional<CrossBorderCase> openCaseAgainst(
            Long organisationDirectoryId, String organisationName, SupervisoryAuthority lead) {
        if (organisationDirectoryId != null) {
            Optional<CrossBorderCase> byId = em.createNamedQuery(
                            "CrossBorderCase.openAgainstDirectoryId", CrossBorderCase.class)
                    .setParameter("directoryId", organisationDirectoryId)
                    .setParameter("lead", lead)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (organisationName == null || organisationName.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("CrossBorderCase.openAgainstName", CrossBorderCase.class)
                .setParameter("name", organisationName.strip().toLowerCase(Locale.ROOT))
                .setParameter("lead", lead)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
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
