package fr.vigie.inspections.persistence;

import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionRepository;
import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.inspections.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Inspections with JPA; references numbered per year in {@code inspections.inspection_number}. */
@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {
    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public Optional<Inspection> find(InspectionReference reference) {
        return em.createNamedQuery("Inspection.byReference", Inspection.class)
                .setParameter("reference", reference.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public InspectionReference nextReference(int year) {
        Number next = (Number) em.createNativeQuery(
                        "INSERT INTO inspections.inspection_number (year, last) VALUES (?1, 1)"
                                + " ON CONFLICT (year) DO UPDATE SET last = inspections.inspection_number.last + 1 RETURNING last")
                .setParameter(1, year)
                .getSingleResult();
        return InspectionReference.of(year, next.longValue());
    }

    @Override
    public void add(Inspection inspection) {
        em.persist(inspection);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new fr.vigie.platform.api.ConflictException(String.valueOf(e.getEntity()));
        }
    }

    @Override
    public List<Inspection> fromOrigin(String caseRef) {
        return em.createNamedQuery("Inspection.byOrigin", Inspection.class)
                .setParameter("origin", caseRef)
                .getResultList();
    }

    @Override
    public Set<String> inspectorsWithInterestIn(Long organisationId, Organisation organisation) {
        Set<String> inspectors = new TreeSet<>();
        for (InterestDeclaration d : em.createNamedQuery("InterestDeclaration.all", InterestDeclaration.class)
                .getResultList()) {
            if (d.concerns(organisationId, organisation)) {
                inspectors.add(d.inspector());
            }
        }
        return inspectors;
    }
}
