package fr.vigie.reporting.persistence;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.domain.ReportFilter;
import java.util.List;
import java.util.Set;

/**
 * The filter every report shares, written once: the modules the reader may see, the manager's module,
 * team, procedure, organisation and period, and the choice between an aggregate table and its
 * per-organisation twin. Each report's query class appends these pieces to its own SQL; user input only
 * ever reaches the statements as parameters.
 *
 * <p>Why the twin tables: the pre-aggregated tables do not keep organisations (it would multiply their
 * size by the number of organisations), so when an organisation is asked for the same aggregate is read
 * from a table kept per organisation, or computed from the detail tables through their organisation
 * index, which an organisation's few cases make fast.
 */
final class FactFilter {
    private FactFilter() {}

    /**
     * Filters every fact table shares: module (among those the reader may see), team, procedure and,
     * for detail tables, organisation. {@code alias} prefixes the columns ({@code ""} or {@code "c."}).
     */
    static void common(Sql sql, ReportFilter f, Set<String> modules, boolean detail, String alias) {
        sql.and(alias + "module = ANY(?)", List.copyOf(modules));
        if (f.module() != null) {
            sql.and(alias + "module = ?", f.module());
        }
        if (f.team() != null) {
            sql.and(alias + "team = ?", f.team());
        }
        if (f.procedure() != null) {
            sql.and(alias + "procedure = ?", f.procedure());
        }
        if (detail) {
            organisation(sql, f, alias);
        }
    }

    /** {@link #common(Sql, ReportFilter, Set, boolean, String)} on unaliased columns. */
    static void common(Sql sql, ReportFilter f, Set<String> modules, boolean detail) {
        common(sql, f, modules, detail, "");
    }

    /**
     * An organisation by SIREN/SIRET, or by exact name (any case): the name is looked up in the cases,
     * the only table that keeps names, and the other tables are filtered by the identifiers found.
     */
    static void organisation(Sql sql, ReportFilter f, String alias) {
        f.organisationIdentifier().ifPresent(id -> sql.and(alias + "organisation_id = ?", id));
        f.organisationName()
                .ifPresent(name -> sql.and(
                        alias + "organisation_id IN (SELECT o.organisation_id FROM"
                                + " reporting.case_fact o WHERE lower(o.organisation) = ? AND o.organisation_id IS NOT NULL)",
                        name));
    }

    /** Monthly columns hold the first day of the month: a period covers the months it touches. */
    static void period(Sql sql, ReportFilter f, String column) {
        boolean monthly = column.equals("month");
        if (f.from() != null) {
            sql.and(column + " >= ?", monthly ? f.from().withDayOfMonth(1) : f.from());
        }
        if (f.to() != null) {
            sql.and(column + " <= ?", f.to());
        }
    }

    /** Targets by month of receipt: the aggregate table, or its per-organisation twin. */
    static void targetSource(Sql sql, ReportFilter f) {
        orgAware(sql, f, "reporting.target_month", "reporting.target_month_org");
    }

    /**
     * An aggregate, or when an organisation is asked for, the same aggregate kept per organisation
     * (indexed by SIREN/SIRET: the busiest organisation's rows are a few thousand, whatever its number of cases).
     */
    static void orgAware(Sql sql, ReportFilter f, String table, String byOrganisation) {
        orgAware(sql, f, table, byOrganisation, "t");
    }

    static void orgAware(Sql sql, ReportFilter f, String table, String byOrganisation, String alias) {
        if (!f.hasOrganisation()) {
            sql.append(table + " " + alias);
            return;
        }
        sql.append("(SELECT * FROM " + byOrganisation + " WHERE true");
        organisation(sql, f, "");
        sql.append(") " + alias);
    }

    /**
     * A detail table reduced to the columns of its aggregate, when an organisation is asked for:
     * {@code (SELECT columns FROM detail WHERE true AND organisation...) t}; else the aggregate.
     */
    static void detailOrAggregate(Sql sql, ReportFilter f, String aggregate, String detailSelect) {
        if (!f.hasOrganisation()) {
            sql.append(aggregate);
            return;
        }
        sql.append("(" + detailSelect + " WHERE true");
        organisation(sql, f, "");
        sql.append(") t");
    }
}
