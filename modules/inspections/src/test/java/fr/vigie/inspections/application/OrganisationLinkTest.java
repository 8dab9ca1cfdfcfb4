package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrganisationLinkTest {
    @Test
    void theDirectoryIdTheReferralCarriesIsTakenWithoutEnrollingAgain() {
        assertEquals(OptionalLong.of(42), OrganisationLink.of(42L, () -> fail("no second enrolment by SIREN")));
    }

    @Test
    void withoutAnIdTheInspectionIsEnrolledByItsNumberOnce() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(OptionalLong.of(7), OrganisationLink.of(null, () -> {
            asked.incrementAndGet();
            return OptionalLong.of(7);
        }));
        assertEquals(1, asked.get());
        assertEquals(OptionalLong.empty(), OrganisationLink.of(null, OptionalLong::empty));
    }
}
