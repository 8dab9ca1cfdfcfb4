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
    public Set<String> interestedIn(Undertaking undertaking) {
        @SuppressWarnings("unchecked")
        List<String> members = em.createNativeQuery("""
                SELECT DISTINCT d.member FROM sanctions.interest_declaration d
                WHERE (d.organisation_number IS NOT NULL AND ?1 LIKE d.organisation_number || '%')
                   OR lower(d.organisation_name) IN (lower(?2), lower(?3))
                """)
                .setParameter(1, undertaking.number() == null ? "" : undertaking.number())
                .setParameter(2, undertaking.name())
                .setParameter(3, undertaking.groupName() == null ? "" : undertaking.groupName())
                .getResultList();
        return Set.copyOf(members);
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
