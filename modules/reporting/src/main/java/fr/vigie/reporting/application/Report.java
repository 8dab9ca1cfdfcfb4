package fr.vigie.reporting.application;

import fr.vigie.reporting.api.ReportingModule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The six management reports, with the modules each is about (empty = every module the reader may see). */
public enum Report {
    DEADLINES("deadlines", Set.of()),
    EHDS("ehds", Set.of(ReportingModule.DOSSIERS)),
    BACKLOG("backlog", Set.of()),
    ART78("art78", Set.of(ReportingModule.COMPLAINTS)),
    FORECAST("forecast", Set.of()),
    WORKLOAD("workload", Set.of());

    private final String slug;
    private final Set<String> modules;

    Report(String slug, Set<String> modules) {
        this.slug = slug;
        this.modules = modules;
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
