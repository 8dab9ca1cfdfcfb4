package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.Stage;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.io.Serializable;
import java.util.Locale;

/**
 * The list's filter: the home authority's role (LEAD, CONCERNED), the stage, the rules; each may be
 * null (any). Unknown values are refused on their field.
 */
public record CaseFilter(String role, String stage, String rules) implements Serializable {
    public CaseFilter {
        role = blankToNull(role);
        stage = blankToNull(stage);
        rules = blankToNull(rules);
        if (role != null && !role.equals("LEAD") && !role.equals("CONCERNED")) {
            throw CrossBorderException.onField("role", "crossborder.filter.role", role);
        }
        if (stage != null) {
            try {
                Stage.valueOf(stage);
            } catch (IllegalArgumentException e) {
                throw CrossBorderException.onField("stage", "crossborder.filter.stage", stage);
            }
        }
        if (rules != null) {
            try {
                CrossBorderRules.valueOf(rules);
            } catch (IllegalArgumentException e) {
                throw CrossBorderException.onField("rules", "crossborder.filter.rules", rules);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
