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
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {
    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    @Override
    public String nextReference(int year) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('sanctions.case_number_seq')").getSingleResult();
        return String.format("SAN-%d-%06d", year, next.longValue());
    }

    @Override
    public Optional<SanctionCase> find(String reference) {
        return em.createNamedQuery("SanctionCase.byReference", SanctionCase.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public void store(SanctionCase sanctionCase) {
        if (sanctionCase.id() == null) {
            em.persist(sanctionCase);
        }
    }

    @Override
    public List<SanctionCase> dueForAnonymisation(LocalDate today) {
        return em.createNamedQuery("SanctionCase.toAnonymise", SanctionCase.class).setParameter("today", today)
                .getResultList();
    }

    @Override
    public List<InterestDeclaration> declarationsOf(String member) {
        return em.createQuery("SELECT d FROM InterestDeclaration d WHERE d.member = :member ORDER BY d.declaredOn DESC",
                InterestDeclaration.class).setParameter("member", member).getResultList();
    }

    @Override
    public Set<String> interestedIn(Undertaking undertaking) {
        return em.createQuery("SELECT d FROM InterestDeclaration d", InterestDeclaration.class).getResultStream()
                .filter(d -> d.concerns(undertaking)).map(InterestDeclaration::member).collect(Collectors.toSet());
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
