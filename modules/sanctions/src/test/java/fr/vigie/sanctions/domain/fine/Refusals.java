package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a rule refuses with a given key on a given field. */
final class Refusals {

    private Refusals() {}

    static FineRuleException refused(String field, String key, Executable action) {
        FineRuleException refusal = assertThrows(FineRuleException.class, action);
        assertEquals(key, refusal.key(), "key");
        assertEquals(field, refusal.field(), "field");
        assertEquals(FineRuleException.BUNDLE, refusal.bundle(), "bundle");
        return refusal;
    }
}
