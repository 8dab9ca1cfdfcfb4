package fr.vigie.reporting.domain;

import fr.vigie.platform.api.DomainException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a manager narrows a report to. Every field is optional. The period's meaning depends on the
 * report (due dates for the deadline board, receipt or submission months for compliance, months of
 * stage ends for durations) and is stated on each report's page.
 *
 * @param from         first day of the period, inclusive
 * @param to           last day of the period, inclusive
 * @param module       one module (schema name) among the configured ones
 * @param team         a team name, exactly
 * @param procedure    a procedure code, e.g. {@code EHDS_PSEUDONYMISED}
 * @param organisation a SIREN (9 digits) or SIRET (14 digits), or an organisation's exact name (any case)
 */
public record ReportFilter(
        LocalDate from, LocalDate to, String module, String team, String procedure, String organisation) {
    private static final Pattern IDENTIFIER = Pattern.compile("\\d{9}|\\d{14}");
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int MAX_TEXT = 300;

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null);

    public ReportFilter {
        module = blankToNull(module);
        team = blankToNull(team);
        procedure = blankToNull(procedure);
        organisation = blankToNull(organisation);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFilter("to", "error.filter.period");
        }
        if (module != null && !MODULE.matcher(module).matches()) {
            throw new InvalidFilter("module", "error.filter.module");
        }
        for (String[] field :
                new String[][] {{"team", team}, {"procedure", procedure}, {"organisation", organisation}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                throw new InvalidFilter(field[0], "error.filter.tooLong");
            }
        }
    }

    /** The organisation filter as a SIREN/SIRET, when it is one. */
    public Optional<String> organisationIdentifier() {
        return organisation != null && IDENTIFIER.matcher(organisation).matches()
                ? Optional.of(organisation)
                : Optional.empty();
    }

    /** The organisation filter as a lower-case name, when it is not an identifier. */
    public Optional<String> organisationName() {
        return organisation != null && organisationIdentifier().isEmpty()
                ? Optional.of(organisation.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    public boolean hasOrganisation() {
        return organisation != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A filter value that cannot be used; names the field (problem+json, message on the field). */
    public static final class InvalidFilter extends DomainException {
        private static final long serialVersionUID = 1L;
        public static final String BUNDLE = "fr.vigie.reporting.i18n.errors";

        public InvalidFilter(String field, String key) {
            super(BUNDLE, field, key);
        }
    }
}
