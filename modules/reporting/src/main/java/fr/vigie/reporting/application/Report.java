package fr.vigie.reporting.application;

import fr.vigie.reporting.api.ReportingModule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The management reports, with the modules each is about (empty = every module the reader may see). */
public enum Report {
    DEADLINES("deadlines", Set.of(), false),
    EHDS("ehds", Set.of(ReportingModule.DOSSIERS), true),
    BACKLOG("backlog", Set.of(), false),
    ART78("art78", Set.of(ReportingModule.COMPLAINTS), true),
    FORECAST("forecast", Set.of(), false),
    WORKLOAD("workload", Set.of(), false),
    CROSS_BORDER("crossborder", Set.of(ReportingModule.CROSSBORDER), false);

    private final String slug;
    private final Set<String> modules;
    private final boolean compliance;

    Report(String slug, Set<String> modules, boolean compliance) {
        this.slug = slug;
        this.modules = modules;
        this.compliance = compliance;
    }

    /**
     * A compliance report (targets met by month of receipt or submission): without a period it covers
     * the last twelve months ({@link ReportService#withDefaultPeriod}), and so do its drill-downs.
     */
    public boolean hasDefaultPeriod() {
        return compliance;
    }

    /** The name in URLs ({@code /reports/deadlines.xhtml}, {@code /api/reports/deadlines}). */
    public String slug() {
        return slug;
    }

    /** Modules the report is about; empty when it covers every module. */
    public Set<String> modules() {
        return modules;
    }

    public String titleKey() {
        return "report." + slug + ".title";
    }

    public static Optional<Report> ofSlug(String slug) {
        for (Report r : values()) {
            if (r.slug.equals(slug == null ? "" : slug.toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
