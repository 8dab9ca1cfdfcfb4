package fr.vigie.platform.api.organisation;

import java.io.Serializable;

/**
 * A search of the directory; blank parts are ignored. Serializable: the directory's view-scoped page keeps
 * the last search, and a cluster writes the views with the session to the database (docs/cluster.md).
 *
 * @param text   a fragment of the name, case and accents ignored
 * @param number a SIREN or a SIRET (the SIRET finds its legal unit)
 * @param naf    a NAF sector or its prefix ({@code 62}, {@code 62.01}, {@code 62.01Z})
 */
public record OrganisationQuery(String text, String number, String naf) implements Serializable {
    public static OrganisationQuery byText(String text) {
        return new OrganisationQuery(text, null, null);
    }
}
