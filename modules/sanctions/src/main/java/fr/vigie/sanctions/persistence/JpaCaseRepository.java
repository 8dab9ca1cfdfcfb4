package fr.vigie.sanctions.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.InterestDeclaration;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {
    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    @Override
    public String nextReference(int year) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('sanctions.case_number_seq')")
                .getSingleResult();
        return String.format("SAN-%d-%06d", year, next.longValue());
    }

    @Override
    public Optional<SanctionCase> find(String reference) {
        return em.createNamedQuery("SanctionCase.byReference", SanctionCase.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(SanctionCase sanctionCase) {
        if (sanctionCase.id() == null) {
            em.persist(sanctionCase);
        }
    }

    @Override
    public List<SanctionCase> fromInspection(String inspection) {
        return em.createNamedQuery("SanctionCase.fromInspection", SanctionCase.class)
                .setParameter("inspection", inspection)
                .getResultList();
    }

    @Override
    public List<SanctionCase> dueForAnonymisation(LocalDate today) {
        return em.createNamedQuery("SanctionCase.toAnonymise", SanctionCase.class)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public Set<String> interestedIn(Long organisationId, Undertaking undertaking) {
        // The candidates (same directory id, SIREN prefix, name or group name); the rule itself, directory id
        // first, is InterestDeclaration.concerns. Directory ids are positive: -1 matches none.
        @SuppressWarnings("unchecked")
        List<InterestDeclaration> candidates = em.createNativeQuery("""
                SELECT d.* FROM sanctions.interest_declaration d
                WHERE d.organisation_id = ?4
                   OR (d.organisation_number IS NOT NULL AND ?1 LIKE d.organisation_number || '%')
                   OR lower(d.organisation_name) IN (lower(?2), lower(?3))
                """, InterestDeclaration.class)
                .setParameter(1, undertaking.number() == null ? "" : undertaking.number())
                .setParameter(2, undertaking.name())
                .setParameter(3, undertaking.groupName() == null ? "" : undertaking.groupName())
                .setParameter(4, organisationId == null ? -1L : organisationId)
                .getResultList();
        return candidates.stream()
                .filter(d -> d.concerns(organisationId, undertaking))
                .map(InterestDeclaration::member)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public void store(InterestDeclaration declaration) {
        em.persist(declaration);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("sanction case");
        }
    }
}
