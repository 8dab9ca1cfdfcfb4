package fr.vigie.platform.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.audit.domain.AuditReasonKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredReasonKeyTest {

    @Test
    void aMissingKeyStopsTheStartNamingTheVariableToSet() {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class, () -> ConfiguredReasonKey.fromConfiguration(Optional.empty()));
        assertTrue(
                missing.getMessage()
                        .startsWith("The audit reason key is missing: set the Liberty variable "
                                + "vigie.audit.reason-key (environment VIGIE_AUDIT_REASON_KEY)"),
                missing.getMessage());
    }

    @Test
    void aShortKeyStopsTheStartSayingHowLongItMustBe() {
        IllegalStateException shortKey = assertThrows(
                IllegalStateException.class, () -> ConfiguredReasonKey.fromConfiguration(Optional.of("too-short")));
        assertTrue(
                shortKey.getMessage().startsWith("The audit reason key has 9 characters; it needs at least 32"),
                shortKey.getMessage());
        assertTrue(
                shortKey.getMessage().contains("at least 32 characters from the server's secrets"),
                shortKey.getMessage());
    }

    @Test
    void aLongEnoughKeyIsUsedAsIs() {
        String secret = "k".repeat(32);
        assertEquals(
                AuditReasonKey.of(secret).digest("r"),
                ConfiguredReasonKey.fromConfiguration(Optional.of(secret)).digest("r"));
    }
}
