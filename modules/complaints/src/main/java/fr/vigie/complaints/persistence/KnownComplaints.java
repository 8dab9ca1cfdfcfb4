package fr.vigie.complaints.persistence;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

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
        return find(reference).isPresent();
    }

    /**
     * A complaint is opened the day it is received: the day that decides whether the deadlines of
     * Regulation (EU) 2025/2518 govern it (received from 2 April 2027).
     */
    @Override
    public Optional<LocalDate> openedOn(String reference) {
        return find(reference).map(Complaint::receivedOn);
    }

    private Optional<Complaint> find(String reference) {
        return em.createNamedQuery("Complaint.byReference", Complaint.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
