package fr.vigie.inspections.web;

import fr.vigie.inspections.application.ReferenceData;
import fr.vigie.inspections.domain.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dates in the reader's words and theme labels in the reader's language, for the inspection pages. */
@Named("inspText")
@RequestScoped
public class InspectionTexts {
    @Inject
    ReferenceData referenceData;

    private Map<String, String> themeLabels;

    /** A day as the reader writes it ("5 déc. 2026", "5 Dec 2026"); empty for none. */
    public String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Pages.MESSAGES.locale())
                        .format(day);
    }

    public String theme(String code) {
        if (themeLabels == null) {
            themeLabels = new LinkedHashMap<>();
            for (Theme t : referenceData.themes()) {
                themeLabels.put(t.code(), t.label(Pages.MESSAGES.locale()));
            }
        }
        return code == null ? "" : themeLabels.getOrDefault(code, code);
    }

    /** The active themes, for filters and forms. */
    public List<Theme> getThemes() {
        return referenceData.themes().stream().filter(Theme::active).toList();
    }

    public String themeLabel(Theme theme) {
        return theme.label(Pages.MESSAGES.locale());
    }
}
