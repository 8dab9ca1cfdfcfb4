package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import fr.vigie.platform.organisation.domain.Organisation;
import fr.vigie.platform.organisation.domain.OrganisationRepository;
import jakarta.ejb.EJBAccessException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DirectoryEnrolmentTest {
    private final List<Organisation> stored = new ArrayList<>();
    private final List<String> locked = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private Set<Role> roles = EnumSet.of(Role.INSPECTOR);
    private boolean systemTask;

    @Test
    void aKnownSirenGivesItsIdAndRegistersNothing() {
        DirectoryEnrolment enrolment = enrolment();
        long first =
                enrolment.enrol("inspections", "732829320", "Exemple", null).orElseThrow();
        long again = enrolment
                .enrol("complaints", "73282932000009", "Exemple SARL", "FR")
                .orElseThrow();
        assertEquals(first, again, "a SIRET of the same legal unit");
        assertEquals(1, stored.size());
        assertEquals(1, audited.size());
    }

    @Test
    void anAbsentOrganisationIsRegisteredUnderItsSirenAndAudited() {
        OptionalLong id = enrolment().enrol("sanctions", "552 100 554", "Automobiles Exemple", null);
        assertTrue(id.isPresent());
        Organisation registered = stored.get(0);
        assertEquals("552100554", registered.identity().siren());
        assertEquals("Automobiles Exemple", registered.identity().name());
        assertEquals(List.of("552100554"), locked, "registration of a SIREN is serialised");
        AuditRecord record = audited.get(0);
        assertEquals("ORGANISATION_REGISTERED", record.action());
        assertEquals("organisations", record.module());
        assertEquals("organisations:" + id.getAsLong(), record.caseRef().toString());
        assertTrue(record.reason().contains("sanctions"), record.reason());
    }

    @Test
    void aForeignOrganisationIsFoundByItsExactNameInItsCountryOrRegistered() {
        DirectoryEnrolment enrolment = enrolment();
        long first = enrolment.enrol("complaints", null, "Beispiel GmbH", "de").orElseThrow();
        long again = enrolment.enrol("inspections", " ", "BEISPIEL GMBH", "DE").orElseThrow();
        long elsewhere =
                enrolment.enrol("inspections", null, "Beispiel GmbH", "AT").orElseThrow();
        assertEquals(first, again, "letter case aside, the same name in the same country");
        assertTrue(first != elsewhere, "a namesake in another country is another organisation");
        assertEquals(2, stored.size());
        assertEquals("DE", stored.get(0).identity().country());
        assertEquals(null, stored.get(0).identity().siren());
        assertEquals(List.of("DE:Beispiel GmbH", "AT:Beispiel GmbH"), locked);
        assertEquals(2, audited.size());
    }

    @Test
    void withoutAValidSirenOrANameNothingIsFoundNorRegistered() {
        DirectoryEnrolment enrolment = enrolment();
        assertTrue(enrolment.enrol("complaints", null, "Sans numéro", "FR").isEmpty(), "France needs a SIREN");
        assertTrue(enrolment.enrol("complaints", null, "Sans pays", null).isEmpty());
        assertTrue(enrolment.enrol("complaints", null, " ", "DE").isEmpty());
        assertTrue(
                enrolment.enrol("complaints", "HRB 1234", "Beispiel GmbH", "DE").isEmpty(),
                "a foreign number is not a SIREN");
        assertTrue(
                enrolment.enrol("complaints", "123456789", "Mauvaise clé", null).isEmpty());
        assertTrue(enrolment.enrol("committee", "552100554", null, null).isEmpty());
        assertTrue(stored.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theSystemTaskEnrolsWithoutARoleButAnUnauthenticatedCallerCannot() {
        roles = EnumSet.noneOf(Role.class);
        assertThrows(EJBAccessException.class, () -> enrolment().enrol("complaints", "552100554", "X", null));
        systemTask = true;
        assertTrue(enrolment().enrol("complaints", "552100554", "X", null).isPresent());
    }

    private DirectoryEnrolment enrolment() {
        DirectoryEnrolment e = new DirectoryEnrolment();
        e.organisations = new OrganisationRepository() {
            @Override
            public Optional<Organisation> find(long id) {
                return stored.stream().filter(o -> o.id() == id).findFirst();
            }

            @Override
            public Optional<Organisation> findBySiren(String siren) {
                return stored.stream()
                        .filter(o -> siren.equals(o.identity().siren()))
                        .findFirst();
            }

            @Override
            public Optional<Organisation> findForeign(String country, String name) {
                return stored.stream()
                        .filter(o -> o.identity().siren() == null
                                && country.equals(o.identity().country())
                                && name.equalsIgnoreCase(o.identity().name()))
                        .findFirst();
            }

            @Override
            public void lockForForeignRegistration(String country, String name) {
                locked.add(country + ":" + name);
            }

            @Override
            public void add(Organisation organisation) {
                setId(organisation, stored.size() + 100L);
                stored.add(organisation);
            }

            @Override
            public void lockForRegistration(String siren) {
                locked.add(siren);
            }

            @Override
            public void flush() {}
        };
        e.audit = audited::add;
        e.stamps = new Stamps() {
            @Override
            public Stamp now() {
                return new Stamp("ines", Instant.parse("2026-12-06T10:00:00Z"), LocalDate.of(2026, 12, 6));
            }
        };
        e.currentUser = new CurrentUser() {
            @Override
            public String username() {
                return roles.isEmpty() ? "anonymous" : "ines";
            }

            @Override
            public String displayName() {
                return username();
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public boolean hasRole(Role role) {
                return roles.contains(role);
            }

            @Override
            public boolean isAuthenticated() {
                return !roles.isEmpty();
            }
        };
        e.systemTasks = new SystemTasks() {
            @Override
            public <T> T call(String task, Supplier<T> work) {
                return work.get();
            }

            @Override
            public boolean active() {
                return systemTask;
            }
        };
        return e;
    }

    private static void setId(Organisation organisation, long id) {
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
