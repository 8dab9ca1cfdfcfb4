package fr.vigie.platform.api.organisation;

import java.util.OptionalLong;

/**
 * How a module obtains the directory id of an organisation it knows by number and name (ADR 7): the
 * organisation is found by its SIREN, or registered in the directory when absent (audited
 * {@code ORGANISATION_REGISTERED} in module {@code organisations}, as the acting person or as the
 * running system task). The module then stores the id beside its own copy of the name.
 *
 * <p>A French organisation is found by its SIREN only, never by name, which would merge namesakes:
 * without a valid SIREN (a number with a bad check digit, no number) the answer is empty. A foreign
 * organisation without a French number is found by its exact name (letter case aside) in its
 * country, or registered there, so that every case about it names one directory entry; a person
 * corrects a wrong match in the directory. A foreign registration number that is not a SIREN is not
 * matched: the answer is empty.
 *
 * <p>Open to every staff member and to system tasks: the module's own use case decides who may
 * name an organisation in a case; the directory only finds or records it.
 */
public interface OrganisationEnrolment {
    /** The system task that fills existing cases' {@code organisation_id} (ADR 5, ADR 7 step 3). */
    String BACKFILL_TASK = "organisation directory backfill";

    /**
     * The directory id of an organisation named in a case of {@code module}.
     *
     * @param module  the module asking (recorded as the reason of a registration)
     * @param number  its SIREN or one of its SIRETs, as the case holds it; may be null
     * @param name    its name as the case holds it (used only to register it)
     * @param country ISO 3166 alpha-2, null for France
     * @return the id, or empty for a French organisation without a valid SIREN, or when there is no
     *     name or country to register it by
     */
    OptionalLong enrol(String module, String number, String name, String country);
}
