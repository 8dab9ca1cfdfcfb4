package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A priority theme of the authority's strategy (reference data the administrator edits): the
 * programme sets a target per theme and year, every inspection has one.
 */
@Entity
@Table(schema = "inspections", name = "theme")
@NamedQuery(name = "Theme.all", query = "SELECT t FROM Theme t ORDER BY t.code")
public class Theme {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    private String code;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Theme() {
        // for JPA
    }

    public Theme(String code, String labelFr, String labelEn) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw InspectionException.onField("code", "reference.code.invalid", code);
        }
        this.code = c;
        relabel(labelFr, labelEn);
        this.active = true;
    }

    public void relabel(String french, String english) {
        if (french == null || french.isBlank()) {
            throw InspectionException.onField("labelFr", "reference.label.required");
        }
        if (english == null || english.isBlank()) {
            throw InspectionException.onField("labelEn", "reference.label.required");
        }
        if (french.length() > 200 || english.length() > 200) {
            throw InspectionException.onField("labelFr", "text.tooLong", 200);
        }
        this.labelFr = french.strip();
        this.labelEn = english.strip();
    }

    public void activate(boolean on) {
        this.active = on;
    }

    public String code() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
