package fr.vigie.inspections.persistence;

import fr.vigie.inspections.application.ReferenceStore;
import fr.vigie.inspections.domain.Article;
import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.inspections.domain.ProgrammeTarget;
import fr.vigie.inspections.domain.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reference data, programme targets and declarations of interest with JPA. */
@ApplicationScoped
public class JpaReferenceStore implements ReferenceStore {
    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public List<Theme> themes() {
        return em.createNamedQuery("Theme.all", Theme.class).getResultList();
    }

    @Override
    public Optional<Theme> theme(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Theme.class, code.strip()));
    }

    @Override
    public List<Article> articles() {
        return em.createNamedQuery("Article.all", Article.class).getResultList();
    }

    @Override
    public Optional<Article> article(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Article.class, code.strip()));
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public List<ProgrammeTarget> targets(int year) {
        return em.createNamedQuery("ProgrammeTarget.ofYear", ProgrammeTarget.class)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public Optional<ProgrammeTarget> target(int year, String theme) {
        return em.createNamedQuery("ProgrammeTarget.one", ProgrammeTarget.class)
                .setParameter("year", year)
                .setParameter("theme", theme)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<InterestDeclaration> declarations() {
        return em.createNamedQuery("InterestDeclaration.all", InterestDeclaration.class)
                .getResultList();
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new fr.vigie.platform.api.ConflictException(String.valueOf(e.getEntity()));
        }
    }
}
