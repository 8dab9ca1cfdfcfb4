package fr.vigie.platform.organisation.persistence;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationNumber;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.organisation.application.OrganisationSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The directory's search, in SQL: a name fragment is matched on the accent- and case-free
 * {@code search_name}, narrowed first by the GIN index of its trigrams (every trigram of the fragment
 * must be in the name) then confirmed by {@code LIKE}; names starting with the fragment come first.
 * A SIREN or SIRET finds its legal unit; a NAF code or prefix filters the sector. Paged, and counted
 * up to {@link Page#COUNT_CAP}.
 */
@ApplicationScoped
public class OrganisationSearchSql implements OrganisationSearch {
    static final String COLUMNS = "o.id, o.siren, o.head_office_siret, o.name, o.partly_public, o.legal_form, o.naf,"
            + " o.country, o.active, o.parent_id, o.version";
    private static final Pattern NAF_PREFIX = Pattern.compile("\\d{1,2}(\\.\\d{0,2}[A-Z]?)?");

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    /**
     * The statements of one page: rows and capped count, with numbered parameters ({@code ?1}) bound
     * from {@code params} in order.
     */
    public record Statements(String rows, String count, List<Object> params, int offset, int limit) {}

    /** The SQL of a page of {@code query}; public so that the benchmark times exactly these statements. */
    public static Statements statements(OrganisationQuery query, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), 200);
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String order = query.text() == null || query.text().isBlank()
                ? " ORDER BY o.search_name, o.id"
                : " ORDER BY (o.search_name LIKE platform.search_key(?1) || '%') DESC, o.search_name, o.id";
        return new Statements(
                "SELECT " + COLUMNS + " FROM platform.organisation o" + where + order + " LIMIT " + size + " OFFSET "
                        + from,
                "SELECT count(*) FROM (SELECT 1 FROM platform.organisation o" + where + " LIMIT " + (Page.COUNT_CAP + 1)
                        + ") AS matching",
                params,
                from,
                size);
    }

    @Override
    public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
        Statements sql = statements(query, offset, limit);
        Query rowsQuery = em.createNativeQuery(sql.rows());
        Query countQuery = em.createNativeQuery(sql.count());
        for (int i = 0; i < sql.params().size(); i++) {
            rowsQuery.setParameter(i + 1, sql.params().get(i));
            countQuery.setParameter(i + 1, sql.params().get(i));
        }
        List<OrganisationSummary> rows = new ArrayList<>();
        for (Object row : rowsQuery.getResultList()) {
            rows.add(summary((Object[]) row));
        }
        long counted = ((Number) countQuery.getSingleResult()).longValue();
        return Page.capped(rows, counted, sql.offset(), sql.limit());
    }

    /**
     * The rows of {@link #byIds}: one statement for a whole page of cases. The ids travel as one
     * {@code bigint[]} parameter (its text form, cast by PostgreSQL), answered by the primary key.
     */
    static final String BY_IDS =
            "SELECT " + COLUMNS + " FROM platform.organisation o WHERE o.id = ANY(CAST(?1 AS bigint[]))";

    @Override
    public List<OrganisationSummary> byIds(Collection<Long> ids) {
        List<OrganisationSummary> rows = new ArrayList<>();
        for (Object row :
                em.createNativeQuery(BY_IDS).setParameter(1, idArray(ids)).getResultList()) {
            rows.add(summary((Object[]) row));
        }
        return rows;
    }

    /** The ids as a PostgreSQL array literal, e.g. {@code {3,7}}: numbers only, no text of a person. */
    static String idArray(Collection<Long> ids) {
        StringBuilder literal = new StringBuilder("{");
        for (Long id : ids) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append(id.longValue());
        }
        return literal.append('}').toString();
    }

    /** Builds the filter; the name fragment, when given, is always parameter 1. */
    static String where(OrganisationQuery query, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            params.add(query.text().strip());
            clauses.add("o.name_trigrams @> platform.trigrams(platform.search_key(?1))");
            clauses.add("o.search_name LIKE '%' || platform.search_key(?1) || '%'");
        }
        if (query.number() != null && !query.number().isBlank()) {
            OrganisationNumber number = OrganisationNumber.parse(query.number(), "number");
            params.add(number.siren().value());
            clauses.add("o.siren = ?" + params.size());
        }
        if (query.naf() != null && !query.naf().isBlank()) {
            String naf = query.naf().strip().toUpperCase(Locale.ROOT);
            if (!NAF_PREFIX.matcher(naf).matches()) {
                throw DomainException.onField("naf", "organisation.naf.invalid", query.naf());
            }
            params.add(naf + "%");
            clauses.add("o.naf LIKE ?" + params.size());
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public static OrganisationSummary summary(Object[] r) {
        return new OrganisationSummary(
                ((Number) r[0]).longValue(),
                r[1] == null ? null : r[1].toString().strip(),
                r[2] == null ? null : r[2].toString().strip(),
                (String) r[3],
                (Boolean) r[4],
                (String) r[5],
                (String) r[6],
                r[7] == null ? null : r[7].toString().strip(),
                (Boolean) r[8],
                r[9] == null ? null : ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue());
    }
}
