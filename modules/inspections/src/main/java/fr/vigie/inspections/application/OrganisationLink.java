package fr.vigie.inspections.application;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Which directory organisation a new inspection refers to (ADR 7): the one its origin already names (a
 * complaint linked to the directory), taken as it is; otherwise the enrolment by the inspection's own
 * number, asked only then so that a referral never enrols the same SIREN a second time.
 */
final class OrganisationLink {
    private OrganisationLink() {}

    static OptionalLong of(Long known, Supplier<OptionalLong> enrolment) {
        return known != null ? OptionalLong.of(known) : enrolment.get();
    }
}
