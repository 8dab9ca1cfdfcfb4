package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.RelatedComplaintSearch;
import fr.vigie.complaints.domain.LinkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds complaints that may be related to one: the same SIREN, or facts similar by trigram
 * similarity ({@code pg_trgm}, in this schema), received within a window around it.
 */
@ApplicationScoped
public class SqlRelatedComplaintSearch implements RelatedComplaintSearch {

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    @Override
    public List<Candidate> sameOrganisation(long complaintId, String siren, LocalDate from, LocalDate to, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> same = em.createNativeQuery("SELECT id FROM complaints.complaint WHERE organisation_siren = ?1"
                        + " AND id <> ?2 AND received_on BETWEEN ?3 AND ?4 ORDER BY received_on DESC LIMIT ?5")
                .setParameter(1, siren)
                .setParameter(2, complaintId)
                .setParameter(3, java.sql.Date.valueOf(from))
                .setParameter(4, java.sql.Date.valueOf(to))
                .setParameter(5, limit)
                .getResultList();
        return same.stream()
                .map(id -> new Candidate(id.longValue(), LinkKind.SAME_ORGANISATION, null))
                .toList();
    }

    @Override
    public List<Candidate> similarFacts(
            long complaintId, String facts, LocalDate from, LocalDate to, double threshold, int limit) {
        // set_limit is per session: the threshold applies to the % operator (GIN index) of this query only.
        em.createNativeQuery("SELECT complaints.set_limit(?1)")
                .setParameter(1, (float) threshold)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> similar = em.createNativeQuery("SELECT id, complaints.similarity(facts, ?1) AS s"
                        + " FROM complaints.complaint WHERE facts OPERATOR(complaints.%) ?1 AND id <> ?2"
                        + " AND received_on BETWEEN ?3 AND ?4 ORDER BY s DESC LIMIT ?5")
                .setParameter(1, facts)
                .setParameter(2, complaintId)
                .setParameter(3, java.sql.Date.valueOf(from))
                .setParameter(4, java.sql.Date.valueOf(to))
                .setParameter(5, limit)
                .getResultList();
        return similar.stream()
                .map(row -> new Candidate(
                        ((Number) row[0]).longValue(),
                        LinkKind.SIMILAR_FACTS,
                        Math.round(((Number) row[1]).doubleValue() * 100) / 100.0))
                .toList();
    }
}
