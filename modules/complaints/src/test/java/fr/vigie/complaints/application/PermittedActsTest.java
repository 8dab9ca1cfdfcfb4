package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.complaints.domain.ComplaintAct;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermittedActsTest {
    private static final Set<ComplaintAct> CLOSED = EnumSet.of(
            ComplaintAct.REOPEN, ComplaintAct.DECIDE_PRIORITY, ComplaintAct.LINK, ComplaintAct.SUGGEST_LINKS);

    @Test
    void aHandlerDoesWhatTheComplaintAllowsButReopen() {
        assertEquals(
                EnumSet.of(ComplaintAct.DECIDE_PRIORITY, ComplaintAct.LINK, ComplaintAct.SUGGEST_LINKS),
                PermittedActs.permitted(CLOSED, true, false));
        assertEquals(CLOSED, PermittedActs.permitted(CLOSED, true, true), "a head of the unit reopens too");
    }

    @Test
    void aSupervisorWhoIsNoHandlerOnlyReopens() {
        assertEquals(EnumSet.of(ComplaintAct.REOPEN), PermittedActs.permitted(CLOSED, false, true));
    }

    @Test
    void aReaderDoesNothing() {
        assertEquals(EnumSet.noneOf(ComplaintAct.class), PermittedActs.permitted(CLOSED, false, false));
    }

    @Test
    void nobodyDoesWhatTheComplaintRefuses() {
        Set<ComplaintAct> received = EnumSet.of(ComplaintAct.ACKNOWLEDGE, ComplaintAct.DECIDE_PRIORITY);
        assertEquals(received, PermittedActs.permitted(received, true, true));
    }
}
