package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.audit.domain.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The auditor's search over the trail; filtering and paging happen in SQL. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditQueries {
    private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/Paris");
    private static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public List<AuditEntryView> search(AuditFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.where(predicates(cb, e, filter)).orderBy(cb.desc(e.get("id")));
        TypedQuery<AuditEntry> query = em.createQuery(q)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE));
        return query.getResultList().stream().map(AuditQueries::view).toList();
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(cb.count(e)).where(predicates(cb, e, filter));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> e, AuditFilter f) {
        List<Predicate> p = new ArrayList<>();
        if (f != null) {
            if (hasText(f.actor())) {
                p.add(cb.equal(e.get("actor"), f.actor().trim().toLowerCase()));
            }
            if (hasText(f.action())) {
                p.add(cb.like(e.get("action"), f.action().trim().toUpperCase() + "%"));
            }
            if (hasText(f.caseRef())) {
                p.add(cb.equal(e.get("caseRef"), f.caseRef().trim()));
            }
            if (f.from() != null) {
                Instant from = f.from().atStartOfDay(AUTHORITY_ZONE).toInstant();
                p.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), from));
            }
            if (f.to() != null) {
                Instant to = f.to().plusDays(1).atStartOfDay(AUTHORITY_ZONE).toInstant();
                p.add(cb.lessThan(e.get("occurredAt"), to));
            }
        }
        return p.toArray(new Predicate[0]);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.module(),
                e.caseRef(),
                e.reason(),
                e.reasonErased(),
                e.changesJson(),
                e.hash());
    }
}
