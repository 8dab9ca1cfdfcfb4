package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.api.organisation.Siret;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads INSEE's SIRENE stock file of legal units ({@code StockUniteLegale_utf8.csv}) row by row.
 * The header names the columns (INSEE's own names); their order does not matter and columns this
 * directory does not use are ignored. Each row becomes a {@link SireneUnit} or a
 * {@link SireneRejection} with its line number.
 *
 * <p>Partly-public units ({@code statutDiffusionUniteLegale = P}) are natural persons who objected
 * to the publication of their personal details: their names ({@code nomUniteLegale},
 * {@code prenom*}, {@code pseudonyme*}) are never read. INSEE writes {@code [ND]} for values not
 * disclosed; they count as absent.
 */
public final class SireneStockReader {
    static final String SIREN = "siren";
    static final String DIFFUSION = "statutDiffusionUniteLegale";
    static final String STATE = "etatAdministratifUniteLegale";
    static final String DENOMINATION = "denominationUniteLegale";
    static final String LEGAL_FORM = "categorieJuridiqueUniteLegale";
    static final String ACTIVITY = "activitePrincipaleUniteLegale";
    static final String NOMENCLATURE = "nomenclatureActivitePrincipaleUniteLegale";
    static final String HEAD_OFFICE_NIC = "nicSiegeUniteLegale";
    static final String SURNAME = "nomUniteLegale";
    static final String USED_SURNAME = "nomUsageUniteLegale";
    static final String FIRST_NAME = "prenom1UniteLegale";
    static final String USUAL_FIRST_NAME = "prenomUsuelUniteLegale";

    /** The columns without which the file cannot be read. */
    static final List<String> REQUIRED = List.of(SIREN, DIFFUSION, STATE, DENOMINATION, LEGAL_FORM, ACTIVITY);

    private static final String NOT_DISCLOSED = "[ND]";
    private static final Pattern LEGAL_FORM_CODE = Pattern.compile("\\d{4}");
    private static final Pattern NAF_REV2 = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");
    private static final Pattern NIC = Pattern.compile("\\d{5}");

    /** Receives each row's outcome, in file order. */
    public interface Rows {
        void unit(SireneUnit unit);

        void rejected(SireneRejection rejection);
    }

    private SireneStockReader() {}

    /**
     * Reads the whole stream (buffer it). A header that lacks a required column refuses the file
     * ({@code organisation.import.header}, on field {@code file}) before any row is read.
     */
    public static void read(Reader csv, Rows rows) {
        try {
            CsvRecords records = new CsvRecords(csv);
            List<String> header = records.next();
            if (header == null) {
                throw DomainException.onField("file", "organisation.import.empty");
            }
            Map<String, Integer> columns = columns(header);
            List<String> missing =
                    REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw DomainException.onField("file", "organisation.import.header", String.join(", ", missing));
            }
            List<String> fields;
            while ((fields = records.next()) != null) {
                long line = records.recordLine();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue; // a blank line, e.g. at the end of the file
                }
                if (records.lastRecordBroken()) {
                    rows.rejected(new SireneRejection(line, "import.reject.quote", ""));
                } else if (fields.size() != header.size()) {
                    rows.rejected(
                            new SireneRejection(line, "import.reject.columns", fields.size() + "/" + header.size()));
                } else {
                    new Row(line, fields, columns).read(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1); // a UTF-8 byte order mark
            }
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    private record Row(long line, List<String> fields, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                return null;
            }
            String value = fields.get(i).strip();
            return value.isEmpty() || NOT_DISCLOSED.equals(value) ? null : value;
        }

        void read(Rows rows) {
            String siren = get(SIREN);
            if (siren == null || !siren.matches("\\d{9}")) {
                rows.rejected(new SireneRejection(line, "import.reject.sirenFormat", String.valueOf(siren)));
                return;
            }
            if (!Siren.isValid(siren)) {
                rows.rejected(new SireneRejection(line, "import.reject.sirenChecksum", siren));
                return;
            }
            String diffusion = get(DIFFUSION);
            if (!"O".equals(diffusion) && !"P".equals(diffusion)) {
                rows.rejected(new SireneRejection(line, "import.reject.diffusion", String.valueOf(diffusion)));
                return;
            }
            boolean partlyPublic = "P".equals(diffusion);
            String state = get(STATE);
            if (!"A".equals(state) && !"C".equals(state)) {
                rows.rejected(new SireneRejection(line, "import.reject.state", String.valueOf(state)));
                return;
            }
            String legalForm = get(LEGAL_FORM);
            if (legalForm != null && !LEGAL_FORM_CODE.matcher(legalForm).matches()) {
                rows.rejected(new SireneRejection(line, "import.reject.legalForm", legalForm));
                return;
            }
            String naf = get(ACTIVITY);
            String nomenclature = get(NOMENCLATURE);
            if (naf != null && !NAF_REV2.matcher(naf).matches()) {
                if (nomenclature == null || "NAFRev2".equals(nomenclature)) {
                    rows.rejected(new SireneRejection(line, "import.reject.naf", naf));
                    return;
                }
                naf = null; // an older nomenclature (NAFRev1, NAF1993, NAP) of a long-ceased unit
            }
            String siret = null;
            String nic = get(HEAD_OFFICE_NIC);
            if (nic != null) {
                if (!NIC.matcher(nic).matches() || !Siret.isValid(siren + nic)) {
                    rows.rejected(new SireneRejection(line, "import.reject.siret", siren + nic));
                    return;
                }
                siret = siren + nic;
            }
            String name = name(partlyPublic);
            if (name == null && !partlyPublic) {
                rows.rejected(new SireneRejection(line, "import.reject.name", siren));
                return;
            }
            if (name != null && name.length() > 300) {
                name = name.substring(0, 300);
            }
            rows.unit(new SireneUnit(
                    line, new Siren(siren).value(), siret, name, legalForm, naf, "A".equals(state), partlyPublic));
        }

        /** A legal person's denomination; a natural person's name only when fully public. */
        private String name(boolean partlyPublic) {
            String denomination = get(DENOMINATION);
            if (denomination != null || partlyPublic) {
                return denomination;
            }
            String surname = get(USED_SURNAME) != null ? get(USED_SURNAME) : get(SURNAME);
            if (surname == null) {
                return null;
            }
            String first = get(USUAL_FIRST_NAME) != null ? get(USUAL_FIRST_NAME) : get(FIRST_NAME);
            return first == null ? surname : first + " " + surname;
        }
    }
}
