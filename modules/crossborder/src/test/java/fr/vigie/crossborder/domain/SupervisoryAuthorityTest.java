package fr.vigie.crossborder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisoryAuthorityTest {

    @Test
    void oneAuthorityPerEuAndEeaState() {
        assertEquals(
                27,
                Arrays.stream(SupervisoryAuthority.values())
                        .filter(a -> a.area() == SupervisoryAuthority.Area.EU)
                        .count());
        assertEquals(
                3,
                Arrays.stream(SupervisoryAuthority.values())
                        .filter(a -> a.area() == SupervisoryAuthority.Area.EEA_EFTA)
                        .count());
        Arrays.stream(SupervisoryAuthority.values())
                .forEach(a -> assertFalse(a.officialName().isBlank(), a.name()));
    }

    @Test
    void foundByTheCountryCodeTheComplaintsRecord() {
        assertEquals(Optional.of(SupervisoryAuthority.IE), SupervisoryAuthority.ofCountry(" ie "));
        assertEquals(Optional.of(SupervisoryAuthority.GR), SupervisoryAuthority.ofCountry("EL"));
        assertEquals("Data Protection Commission", SupervisoryAuthority.IE.officialName());
        assertEquals("Commission nationale de l'informatique et des libertés", SupervisoryAuthority.FR.officialName());
        assertEquals(Optional.empty(), SupervisoryAuthority.ofCountry("CH"));
        assertEquals(Optional.empty(), SupervisoryAuthority.ofCountry("GB"));
        assertEquals(Optional.empty(), SupervisoryAuthority.ofCountry(null));
    }
}
