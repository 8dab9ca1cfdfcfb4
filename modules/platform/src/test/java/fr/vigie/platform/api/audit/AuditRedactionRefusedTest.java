package fr.vigie.platform.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditRedactionRefusedTest {

    @Test
    void anAlteredEntryIsNamedWithItsCase() {
        AuditRedactionRefused refused = AuditRedactionRefused.altered(1234, "users:bob");
        assertEquals(
                "Effacement des motifs refusé : l'entrée n° 1234 du journal d'audit (users:bob) ne correspond plus à"
                        + " son empreinte. Effacer son motif masquerait cette modification : faites vérifier la chaîne"
                        + " par un auditeur.",
                refused.localizedMessage(Locale.FRENCH));
        assertEquals(
                "Erasure of reasons refused: audit entry no. 1234 (users:bob) no longer matches its hash. Erasing its"
                        + " reason would hide that change: have an auditor verify the chain.",
                refused.getMessage());
    }

    @Test
    void version1EntriesAreCountedInWords() {
        assertEquals(
                "L’entrée n° 7 du journal d’audit a été écrite avant que les motifs deviennent effaçables (empreinte"
                        + " version 1) : son motif ne peut pas être effacé.",
                AuditRedactionRefused.version1(1, 7).localizedMessage(Locale.FRENCH));
        assertEquals(
                "3 entrées du journal d’audit, dont la n° 7, ont été écrites avant que les motifs deviennent effaçables"
                        + " (empreinte version 1) : leurs motifs ne peuvent pas être effacés.",
                AuditRedactionRefused.version1(3, 7).localizedMessage(Locale.FRENCH));
        assertEquals(
                "3 audit entries, among them no. 7, were written before reasons became erasable (hash version 1):"
                        + " their reasons cannot be erased.",
                AuditRedactionRefused.version1(3, 7).getMessage());
    }
}
