package fr.vigie.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundleCodeNamesTest {
    /** A module naming its stages under two prefixes and its procedures under one. */
    static final class SampleCodeNames extends BundleCodeNames {
        SampleCodeNames() {
            super(
                    "sample",
                    "fr.vigie.platform.api.web.codes",
                    Map.of("stage", List.of("status.", "timeline."), "procedure", List.of("procedure.")));
        }
    }

    private final CodeNameContribution names = new SampleCodeNames();

    @Test
    void aCodeIsNamedUnderTheFirstPrefixOfItsKindThatHasIt() {
        assertEquals("sample", names.module());
        assertEquals(Optional.of("Instruction en cours"), names.name("stage", "UNDER_INSTRUCTION", Locale.FRENCH));
        assertEquals(Optional.of("Réouverte"), names.name("stage", "REOPENED", Locale.FRENCH));
        assertEquals(Optional.of("Reopened"), names.name("stage", "REOPENED", Locale.ENGLISH));
        assertEquals(Optional.of("National procedure"), names.name("procedure", "NATIONAL", Locale.ENGLISH));
    }

    @Test
    void aCodeOfAnotherKindOrUnknownIsNotNamed() {
        assertEquals(Optional.empty(), names.name("procedure", "UNDER_INSTRUCTION", Locale.FRENCH));
        assertEquals(Optional.empty(), names.name("stage", "CLOSED", Locale.FRENCH));
        assertEquals(Optional.empty(), names.name("role", "HANDLER", Locale.FRENCH));
        assertEquals(Optional.empty(), names.name("stage", null, Locale.FRENCH));
    }
}
