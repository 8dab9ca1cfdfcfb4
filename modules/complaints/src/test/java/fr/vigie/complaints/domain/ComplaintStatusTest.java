package fr.vigie.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintStatusTest {

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void noStateSkipsBackToReception(ComplaintStatus s) {
        assertFalse(s.mayMoveTo(ComplaintStatus.RECEIVED));
    }

    @Test
    void closureOnlyAfterQualification() {
        assertFalse(ComplaintStatus.RECEIVED.mayMoveTo(ComplaintStatus.CLOSED));
        assertFalse(ComplaintStatus.ACKNOWLEDGED.mayMoveTo(ComplaintStatus.CLOSED));
        assertTrue(ComplaintStatus.QUALIFIED.mayMoveTo(ComplaintStatus.CLOSED));
        assertTrue(ComplaintStatus.UNDER_INSTRUCTION.mayMoveTo(ComplaintStatus.CLOSED));
        assertFalse(ComplaintStatus.CLOSED.isOpen());
    }
}
