package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.organisation.domain.OrganisationIdentity;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity under which an organisation named in a case is found or registered: its SIREN (the
 * number itself, or the first nine digits of a SIRET), its name and country. Only the SIREN is
 * taken from a SIRET: the case may name any establishment, not the head office.
 */
final class EnrolmentIdentity {
    private EnrolmentIdentity() {}

    /** The SIREN of {@code number} (SIREN or SIRET, spaces allowed), if it is a valid one. */
    static Optional<String> sirenOf(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String digits = number.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!digits.matches("\\d{9}|\\d{14}")) {
            return Optional.empty();
        }
        String siren = digits.substring(0, 9);
        return Siren.isValid(siren) ? Optional.of(siren) : Optional.empty();
    }

    /**
     * The identity to register: empty when the number gives no valid SIREN, or when the name or
     * country would be refused by the directory (the case then keeps no id; nothing is guessed).
     */
    static Optional<OrganisationIdentity> of(String number, String name, String country) {
        Optional<String> siren = sirenOf(number);
        if (siren.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationIdentity.of(siren.get(), null, name, null, null, country));
        } catch (DomainException refused) {
            return Optional.empty();
        }
    }

    /**
     * The identity of a foreign organisation known only by name: empty for France (which needs a
     * SIREN) and when the name or country would be refused by the directory.
     */
    static Optional<OrganisationIdentity> foreign(String name, String country) {
        if (country == null || country.isBlank() || "FR".equalsIgnoreCase(country.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationIdentity.of(
                    null, null, name, null, null, country.strip().toUpperCase(Locale.ROOT)));
        } catch (DomainException refused) {
            return Optional.empty();
        }
    }
}
