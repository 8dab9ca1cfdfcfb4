package fr.vigie.crossborder.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The supervisory authorities of the EU and EEA States that can be lead or concerned in a
 * cross-border case, one per State: the authority that represents it on the European Data
 * Protection Board. Keyed by the State's ISO 3166-1 alpha-2 code, as the complaints module records
 * the lead authority's country (Greece is {@code GR}, not the EU's {@code EL}).
 *
 * <p>Names are the authorities' own, in their language. Reference data to check against the
 * Board's list of members before each release (docs/cross-border.md); Germany's and Spain's
 * regional authorities are not listed yet (ADR 12, next steps).
 */
public enum SupervisoryAuthority {
    AT("Datenschutzbehörde", Area.EU),
    BE("Autorité de protection des données / Gegevensbeschermingsautoriteit", Area.EU),
    BG("Комисия за защита на личните данни", Area.EU),
    CY("Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", Area.EU),
    CZ("Úřad pro ochranu osobních údajů", Area.EU),
    DE("Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", Area.EU),
    DK("Datatilsynet", Area.EU),
    EE("Andmekaitse Inspektsioon", Area.EU),
    ES("Agencia Española de Protección de Datos", Area.EU),
    FI("Tietosuojavaltuutetun toimisto", Area.EU),
    FR("Commission nationale de l'informatique et des libertés", Area.EU),
    GR("Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", Area.EU),
    HR("Agencija za zaštitu osobnih podataka", Area.EU),
    HU("Nemzeti Adatvédelmi és Információszabadság Hatóság", Area.EU),
    IE("Data Protection Commission", Area.EU),
    IT("Garante per la protezione dei dati personali", Area.EU),
    LT("Valstybinė duomenų apsaugos inspekcija", Area.EU),
    LU("Commission nationale pour la protection des données", Area.EU),
    LV("Datu valsts inspekcija", Area.EU),
    MT("Information and Data Protection Commissioner", Area.EU),
    NL("Autoriteit Persoonsgegevens", Area.EU),
    PL("Urząd Ochrony Danych Osobowych", Area.EU),
    PT("Comissão Nacional de Proteção de Dados", Area.EU),
    RO("Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal", Area.EU),
    SE("Integritetsskyddsmyndigheten", Area.EU),
    SI("Informacijski pooblaščenec", Area.EU),
    SK("Úrad na ochranu osobných údajov Slovenskej republiky", Area.EU),
    IS("Persónuvernd", Area.EEA_EFTA),
    LI("Datenschutzstelle", Area.EEA_EFTA),
    NO("Datatilsynet", Area.EEA_EFTA);

    /** Where the State stands: the GDPR applies in the EEA EFTA States through the EEA Agreement. */
    public enum Area {
        EU,
        EEA_EFTA
    }

    private final String officialName;
    private final Area area;

    SupervisoryAuthority(String officialName, Area area) {
        this.officialName = officialName;
        this.area = area;
    }

    /** The authority's name in its own language, e.g. "Data Protection Commission". */
    public String officialName() {
        return officialName;
    }

    public Area area() {
        return area;
    }

    /** The State's ISO 3166-1 alpha-2 code. */
    public String country() {
        return name();
    }

    /** The authority of a State, from its ISO code in any case ({@code "ie"}, {@code "IE"}); EL is read as GR. */
    public static Optional<SupervisoryAuthority> ofCountry(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String code = iso.strip().toUpperCase(Locale.ROOT);
        String normalised = "EL".equals(code) ? "GR" : code;
        return Arrays.stream(values()).filter(a -> a.name().equals(normalised)).findFirst();
    }
}
