package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.SavedFilterStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Table {@code saved_filter}: each user's named work-list filters (a preference, not case data). */
@ApplicationScoped
public class JpaSavedFilterStore implements SavedFilterStore {

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    public List<Row> of(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, query FROM complaints.saved_filter WHERE owner = ?1"
                                + " ORDER BY lower(name), id")
                .setParameter(1, owner)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    /** Saves under the name, replacing the owner's filter of the same name; returns its id. */
    public long save(String owner, String name, String query) {
        return ((Number) em.createNativeQuery(
                                "INSERT INTO complaints.saved_filter (owner, name, query) VALUES (?1, ?2, ?3)"
                                        + " ON CONFLICT (owner, name) DO UPDATE SET query = EXCLUDED.query RETURNING id")
                        .setParameter(1, owner)
                        .setParameter(2, name)
                        .setParameter(3, query)
                        .getSingleResult())
                .longValue();
    }

    /** Deletes one of the owner's filters (another user's id deletes nothing). */
    public boolean delete(String owner, long id) {
        return em.createNativeQuery("DELETE FROM complaints.saved_filter WHERE id = ?1 AND owner = ?2")
                        .setParameter(1, id)
                        .setParameter(2, owner)
                        .executeUpdate()
                > 0;
    }
}
