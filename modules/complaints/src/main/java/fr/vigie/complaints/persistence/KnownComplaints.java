package fr.vigie.complaints.persistence;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The complaints the legal clocks may run on: a complaint's clock starts only on a complaint that exists. */
@ApplicationScoped
public class KnownComplaints implements KnownCases {
    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    @Override
    public String module() {
        return ComplaintsModule.NAME;
    }

    @Override
    public boolean exists(String reference) {
        return em.createNamedQuery("Complaint.byReference", Complaint.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .isPresent();
    }
}
