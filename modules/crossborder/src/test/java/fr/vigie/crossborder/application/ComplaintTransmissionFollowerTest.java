package fr.vigie.crossborder.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.complaints.api.CrossBorderComplaintTransmitted;
import fr.vigie.complaints.api.CrossBorderComplaintTransmitted.Direction;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who leads the case a transmitted complaint opens, and what it is named after. */
class ComplaintTransmissionFollowerTest {

    private static CrossBorderComplaintTransmitted transmitted(Direction direction, String lead, String organisation) {
        return new CrossBorderComplaintTransmitted(
                new CaseRef("complaints", "PL-2027-000123"),
                direction,
                LocalDate.of(2027, 4, 2),
                lead,
                "FR",
                organisation,
                null,
                "IE",
                List.of(),
                LocalDate.of(2027, 4, 20),
                "handler");
    }

    @Test
    void theCnilLeadsWhatItLeadsOrReceivesAsLead() {
        assertEquals(
                SupervisoryAuthority.FR,
                ComplaintTransmissionFollower.leadOf(transmitted(Direction.LED_HERE, "FR", "X")));
        assertEquals(
                SupervisoryAuthority.FR,
                ComplaintTransmissionFollower.leadOf(transmitted(Direction.RECEIVED_AS_LEAD, "FR", "X")));
    }

    @Test
    void aComplaintSentToTheLeadMakesTheCnilConcerned() {
        assertEquals(
                SupervisoryAuthority.IE,
                ComplaintTransmissionFollower.leadOf(transmitted(Direction.SENT_TO_LEAD, "ie", "X")));
        CrossBorderException refusal = assertThrows(
                CrossBorderException.class,
                () -> ComplaintTransmissionFollower.leadOf(transmitted(Direction.SENT_TO_LEAD, "US", "X")));
        assertEquals("leadAuthority", refusal.field());
    }

    @Test
    void aComplaintWithoutOrganisationNameStillGetsItsCase() {
        assertEquals(
                "Organisme de la plainte PL-2027-000123",
                ComplaintTransmissionFollower.organisationOf(transmitted(Direction.SENT_TO_LEAD, "IE", " ")));
        assertEquals(
                "Réseau SA",
                ComplaintTransmissionFollower.organisationOf(transmitted(Direction.LED_HERE, "FR", "Réseau SA")));
    }
}
