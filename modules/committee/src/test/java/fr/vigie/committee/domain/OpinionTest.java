package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.OpinionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpinionTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 27);

    @Test
    void aDraftNeedsAKindAndAReasoningAndLeavesTheFormerValueAsItWas() {
        Opinion none = Opinion.none();
        Opinion draft = none.drafted(OpinionKind.FAVOURABLE, "  Intérêt public  ");
        assertEquals(OpinionKind.FAVOURABLE, draft.draftKind());
        assertEquals("Intérêt public", draft.draftReasoning());
        assertNull(none.draftKind(), "a value: drafting returns a new opinion");
        assertEquals(
                "kind",
                assertThrows(CommitteeException.class, () -> none.drafted(null, "x"))
                        .field());
        assertEquals(
                "review.reasoning.required",
                assertThrows(CommitteeException.class, () -> none.drafted(OpinionKind.FAVOURABLE, " "))
                        .key());
        assertEquals(
                "text.tooLong",
                assertThrows(
                                CommitteeException.class,
                                () -> none.drafted(OpinionKind.FAVOURABLE, "x".repeat(Opinion.MAX_REASONING + 1)))
                        .key());
        Opinion dropped = draft.withoutDraft();
        assertNull(dropped.draftKind());
        assertNull(dropped.draftReasoning());
    }

    @Test
    void aCastingVoteNeedsAKindAndGoesAway() {
        Opinion cast = Opinion.none().withCastingVote(OpinionKind.UNFAVOURABLE, "chair");
        assertEquals(OpinionKind.UNFAVOURABLE, cast.castingVote());
        assertEquals("chair", cast.castingVoteBy());
        assertEquals(
                "castingVote.kind.required",
                assertThrows(CommitteeException.class, () -> Opinion.none().withCastingVote(null, "chair"))
                        .key());
        Opinion gone = cast.withoutCastingVote();
        assertNull(gone.castingVote());
        assertNull(gone.castingVoteBy());
    }

    @Test
    void theAdoptedReasoningDefaultsToTheDraft() {
        Opinion adopted = Opinion.none()
                .drafted(OpinionKind.FAVOURABLE, "Projet du rapporteur")
                .adopted(OpinionKind.FAVOURABLE, " ", "ignorées", ON, "dacsecretary");
        assertTrue(adopted.isAdopted());
        assertEquals(OpinionKind.FAVOURABLE, adopted.kind());
        assertEquals("Projet du rapporteur", adopted.reasoning());
        assertNull(adopted.reservations(), "reservations only with a favourable opinion with reservations");
        assertEquals(ON, adopted.adoptedOn());
        assertEquals("dacsecretary", adopted.adoptedBy());
        assertFalse(Opinion.none().isAdopted());
    }

    @Test
    void reservationsAreRequiredWithAFavourableOpinionWithReservations() {
        Opinion none = Opinion.none();
        CommitteeException missing = assertThrows(
                CommitteeException.class,
                () -> none.adopted(OpinionKind.FAVOURABLE_WITH_RESERVATIONS, "Motivation", " ", ON, "s"));
        assertEquals("reservations", missing.field());
        assertEquals("opinion.reservations.required", missing.key());
        assertEquals(
                "text.tooLong",
                assertThrows(
                                CommitteeException.class,
                                () -> none.adopted(
                                        OpinionKind.FAVOURABLE_WITH_RESERVATIONS,
                                        "Motivation",
                                        "r".repeat(Opinion.MAX_REASONING + 1),
                                        ON,
                                        "s"))
                        .key());
        assertEquals(
                "Durée à réduire",
                none.adopted(OpinionKind.FAVOURABLE_WITH_RESERVATIONS, "Motivation", " Durée à réduire ", ON, "s")
                        .reservations());
        assertEquals(
                "reasoning",
                assertThrows(CommitteeException.class, () -> none.adopted(OpinionKind.FAVOURABLE, null, null, ON, "s"))
                        .field());
    }
}
