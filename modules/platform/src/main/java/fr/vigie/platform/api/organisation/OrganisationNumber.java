package fr.vigie.platform.api.organisation;

import fr.vigie.platform.api.DomainException;

/**
 * What a person types where "SIREN or SIRET" is asked (a complaint against an organisation, an
 * inspected establishment): either identifier, checked by its own rule.
 *
 * @param value the 9 or 14 digits
 */
public record OrganisationNumber(String value) {
    public OrganisationNumber {
        if (!Siren.isValid(value) && !Siret.isValid(value)) {
            throw new IllegalArgumentException("Neither a SIREN nor a SIRET: " + value);
        }
    }

    /**
     * @param field the input field named in a refusal ({@code organisation.number.format}, or the
     *              checksum refusal of {@link Siren#parse} / {@link Siret#parse})
     */
    public static OrganisationNumber parse(String text, String field) {
        String digits = InseeChecksum.digitsOf(text);
        if (!digits.matches("\\d{9}|\\d{14}")) {
            // Letters or a wrong length: neither identifier, whatever the length.
            throw DomainException.onField(field, "organisation.number.format", String.valueOf(text));
        }
        if (digits.length() == 9) {
            return new OrganisationNumber(Siren.parse(digits, field).value());
        }
        return new OrganisationNumber(Siret.parse(digits, field).value());
    }

    public boolean isSiret() {
        return value.length() == 14;
    }

    /** The legal unit: the whole value, or the first 9 digits of a SIRET. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    @Override
    public String toString() {
        return value;
    }
}
