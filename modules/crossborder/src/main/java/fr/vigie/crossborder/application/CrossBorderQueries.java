package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.CaseRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the screens and the API read: the list, filtered and paged by the database, and a case's file
 * with its clocks, the acts possible now and its history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrossBorderQueries {
    static final int MAX_LIMIT = 200;

    @PersistenceContext(unitName = "crossborder")
    EntityManager em;

    @Inject
    CrossBorderActs acts;

    @Inject
    CrossBorderClocks clocks;

    /** The cases matching {@code filter}, newest first, {@code limit} (1..200) from {@code offset}. */
    public CasePage list(CaseFilter filter, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(MAX_LIMIT, limit));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.role() != null) {
            where.append(filter.role().equals("LEAD") ? " AND c.home = c.lead" : " AND c.home <> c.lead");
        }
        if (filter.stage() != null) {
            params.add(filter.stage());
            where.append(" AND c.stage = ?").append(params.size());
        }
        if (filter.rules() != null) {
            params.add(filter.rules());
            where.append(" AND c.rules = ?").append(params.size());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM crossborder.cross_border_case c" + where);
        Query rows = em.createNativeQuery("SELECT c.reference, c.opened_on, CASE WHEN c.home = c.lead THEN 'LEAD'"
                + " ELSE 'CONCERNED' END, c.lead, c.organisation_name, c.rules, c.procedure, c.stage,"
                + " c.investigation_due_on FROM crossborder.cross_border_case c" + where
                + " ORDER BY c.opened_on DESC, c.reference DESC");
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<CaseSummary> page = new ArrayList<>();
        for (Object row : rows.setFirstResult(from).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            page.add(new CaseSummary(
                    (String) r[0],
                    day(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    day(r[8])));
        }
        return new CasePage(page, total, from, size);
    }

    /** A case's file. */
    public CaseFile file(String reference) {
        CrossBorderCase c = acts.load(new CrossBorderCaseId(reference));
        CaseRef ref = c.id().caseRef();
        return new CaseFile(
                c.id().value(),
                c.version(),
                c.openedOn(),
                c.rules().name(),
                c.ledByHome() ? "LEAD" : "CONCERNED",
                c.lead().name(),
                c.lead().officialName(),
                c.organisationName(),
                c.organisationDirectoryId(),
                c.concerned().stream().map(SupervisoryAuthority::name).sorted().toList(),
                c.joinedComplaints().stream().map(CaseRef::toString).toList(),
                c.procedure().name(),
                c.stage().name(),
                c.lastActOn(),
                c.competenceConfirmedOn(),
                c.revisedDrafts(),
                c.objectionsToCurrentDraft().stream()
                        .map(SupervisoryAuthority::name)
                        .sorted()
                        .toList(),
                c.complainantObjectedOn(),
                c.closedByEarlyResolution(),
                c.investigationDueOn(),
                c.availableActs().stream().map(CrossBorderAct::path).toList(),
                c.objectionsAvailableFrom().stream()
                        .map(SupervisoryAuthority::name)
                        .toList(),
                clocks.of(ref).stream().map(CaseFile.ClockRow::of).toList(),
                c.documents().stream()
                        .map(d -> new CaseFile.DocumentRow(
                                d.number(),
                                d.title(),
                                d.confidentiality().name(),
                                d.versionOf(),
                                d.documentId(),
                                d.filename(),
                                d.sha256(),
                                d.filedOn()))
                        .toList(),
                c.transmissions().stream()
                        .map(t -> new CaseFile.SentRow(
                                t.documentNumber(),
                                c.documents()
                                        .get(t.documentNumber() - 1)
                                        .confidentiality()
                                        .name(),
                                t.recipient().name(),
                                t.authority() == null ? null : t.authority().name(),
                                t.sentOn()))
                        .toList(),
                history(reference));
    }

    private List<CaseFile.HistoryRow> history(String reference) {
        List<CaseFile.HistoryRow> history = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT act, act_on, field, before_value, after_value, by_user,"
                        + " to_char(recorded_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY HH24:MI'), reason"
                        + " FROM crossborder.case_event WHERE case_reference = ?1 ORDER BY id")
                .setParameter(1, reference)
                .getResultList()) {
            Object[] r = (Object[]) row;
            history.add(new CaseFile.HistoryRow(
                    (String) r[0],
                    day(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]));
        }
        return history;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
