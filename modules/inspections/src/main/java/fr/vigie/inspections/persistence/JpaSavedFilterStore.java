package fr.vigie.inspections.persistence;

import fr.vigie.inspections.application.InspectionSavedFilters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Saved filters of the inspection list in {@code inspections.saved_filter}, one row per user and name. */
@ApplicationScoped
public class JpaSavedFilterStore implements InspectionSavedFilters.Store {
    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public List<Row> of(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, query FROM inspections.saved_filter WHERE owner = ?1" + " ORDER BY name")
                .setParameter(1, owner)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public void save(String owner, String name, String query) {
        em.createNativeQuery("INSERT INTO inspections.saved_filter (owner, name, query) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (owner, name) DO UPDATE SET query = EXCLUDED.query")
                .setParameter(1, owner)
                .setParameter(2, name)
                .setParameter(3, query)
                .executeUpdate();
    }

    @Override
    public void delete(String owner, long id) {
        em.createNativeQuery("DELETE FROM inspections.saved_filter WHERE owner = ?1 AND id = ?2")
                .setParameter(1, owner)
                .setParameter(2, id)
                .executeUpdate();
    }
}
