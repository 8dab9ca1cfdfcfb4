package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {
    @PersistenceContext(unitName = "dossiers")
    private EntityManager em;

    @Override
    public DossierReference nextReference(int year) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('dossiers.dossier_number_seq')")
                .getSingleResult();
        return DossierReference.of(year, next.longValue());
    }

    @Override
    public Optional<Dossier> find(DossierReference reference) {
        return em.createNamedQuery("Dossier.byReference", Dossier.class)
                .setParameter("reference", reference.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Dossier dossier) {
        if (dossier.id() == null) {
            em.persist(dossier);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("dossier");
        }
    }
}
