package fr.vigie.committee.domain;

import fr.vigie.platform.api.organisation.OrganisationNumber;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How organisations are compared for conflicts of interest. A SIREN is the reliable key (a SIRET's
 * first 9 digits are its SIREN). Names are compared on a key that ignores
 * case, accents, punctuation and the legal form ("Institut Pasteur SA" = "institut pasteur"), so
 * that a declaration made by name still recuses a member from a dossier whose applicant has a SIREN.
 */
public final class Organisations {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Legal forms dropped from name keys; "SA" and "SAS" would otherwise keep apart the same company. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "sa",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "sci",
            "snc",
            "scop",
            "gie",
            "eig",
            "ltd",
            "llc",
            "inc",
            "gmbh",
            "bv",
            "nv",
            "plc",
            "ag",
            "spa",
            "srl",
            "association",
            "asso");

    private Organisations() {}

    /** The comparison key of a name: lower case, no accents, no punctuation, no legal form; "" when empty. */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        // Dots are dropped before splitting so that "S.A.S." reads as the legal form "sas".
        String undotted = plain.toLowerCase(Locale.ROOT).replace(".", "");
        String[] words = NOT_ALNUM.matcher(undotted).replaceAll(" ").trim().split(" ");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /**
     * A SIREN as typed (spaces tolerated; a SIRET gives its SIREN), checked by INSEE's rules (the
     * kernel's {@link OrganisationNumber}, La Poste's establishments included); null when blank.
     *
     * @param field the input field named in a refusal
     */
    public static String siren(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return OrganisationNumber.parse(text, field).siren().value();
    }

    /**
     * Whether a declared organisation is the applicant, the directory first (ADR 7). When both sides are
     * linked to the platform's directory, the ids alone decide: the same id is the same organisation however
     * each side spelt it or whichever number it typed (a SIREN corrected in the directory, a SIRET); two
     * different ids are two organisations, even with the same name key, since the directory holds one
     * record per SIREN and a person corrects a wrong match there, not here. This follows the SIREN rule
     * below (two different SIRENs never match by name). When either side has no id (a declaration or a
     * review not linked yet, a foreign organisation without number), the SIREN and name rules of {@link
     * #sameOrganisation(String, String, String, String)} decide.
     */
    public static boolean sameOrganisation(
            Long declaredId,
            String declaredName,
            String declaredSiren,
            Long applicantId,
            String applicantName,
            String applicantSiren) {
        if (declaredId != null && applicantId != null) {
            return declaredId.equals(applicantId);
        }
        return sameOrganisation(declaredName, declaredSiren, applicantName, applicantSiren);
    }

    /**
     * Whether a declared organisation is the applicant, by the copies (no directory id on one side). The
     * same SIREN always matches; two different SIRENs never do (two companies may share a name); otherwise
     * the name keys decide.
     */
    public static boolean sameOrganisation(
            String declaredName, String declaredSiren, String applicantName, String applicantSiren) {
        if (declaredSiren != null && applicantSiren != null) {
            return declaredSiren.equals(applicantSiren);
        }
        String declared = nameKey(declaredName);
        return !declared.isEmpty() && declared.equals(nameKey(applicantName));
    }
}
