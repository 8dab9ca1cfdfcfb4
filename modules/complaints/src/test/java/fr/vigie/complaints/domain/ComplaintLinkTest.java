package fr.vigie.complaints.domain;

import static fr.vigie.complaints.domain.Fixtures.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ComplaintLinkTest {

    @Test
    void aPairIsStoredLowerIdFirst() {
        ComplaintLink link = ComplaintLink.suggest(9, 4, LinkKind.SAME_ORGANISATION, null);
        assertEquals(4, link.first());
        assertEquals(9, link.second());
        assertEquals(4, link.otherThan(9));
        assertEquals(LinkStatus.SUGGESTED, link.status());
    }

    @Test
    void aComplaintIsNotRelatedToItself() {
        assertEquals(
                "other",
                assertThrows(ComplaintException.class, () -> ComplaintLink.suggest(3, 3, LinkKind.MANUAL, null))
                        .field());
    }

    @Test
    void aSuggestionIsDecidedOnceAndARejectionSaysWhy() {
        ComplaintLink link = ComplaintLink.suggest(1, 2, LinkKind.SIMILAR_FACTS, 0.62);
        assertEquals(
                "reason",
                assertThrows(ComplaintException.class, () -> link.reject(" ", handler()))
                        .field());
        link.confirm(null, handler());
        assertEquals(LinkStatus.CONFIRMED, link.status());
        assertEquals("handler", link.decidedBy());
        assertEquals(
                "link.alreadyDecided",
                assertThrows(ComplaintException.class, () -> link.reject("non", handler()))
                        .key());
    }

    @Test
    void aManualLinkIsConfirmedAtOnce() {
        assertEquals(
                LinkStatus.CONFIRMED,
                ComplaintLink.linkByHand(1, 2, "Même campagne", handler()).status());
    }
}
