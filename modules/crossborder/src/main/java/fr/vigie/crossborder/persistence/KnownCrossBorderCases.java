package fr.vigie.crossborder.persistence;

import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.platform.api.clock.KnownCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The cross-border cases the legal clocks may run on, with the day that decides whether Regulation
 * (EU) 2025/2518's deadlines govern the case: its earliest complaint's receipt day, else its opening
 * day (Art. 36, {@code CrossBorderRules.article36Day}); the catalogue compares it with 2 April 2027
 * (Chapter II) or 3 April 2027 (Chapter III).
 */
@ApplicationScoped
public class KnownCrossBorderCases implements KnownCases {
    @PersistenceContext(unitName = "crossborder")
    private EntityManager em;

    @Override
    public String module() {
        return CrossBorderModule.NAME;
    }

    @Override
    public boolean exists(String reference) {
        return openedOn(reference).isPresent();
    }

    @Override
    public Optional<LocalDate> openedOn(String reference) {
        if (em.isJoinedToTransaction()) {
            // A case opened earlier in the same transaction must be found by the SQL below.
            em.flush();
        }
        List<?> rows = em.createNativeQuery(
                        "SELECT COALESCE(complaint_lodged_on, opened_on) FROM crossborder.cross_border_case WHERE reference = ?1")
                .setParameter(1, reference)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object day = rows.get(0);
        return Optional.of(day instanceof LocalDate d ? d : ((Date) day).toLocalDate());
    }
}
