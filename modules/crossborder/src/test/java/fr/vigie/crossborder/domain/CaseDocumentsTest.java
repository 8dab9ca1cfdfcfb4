package fr.vigie.crossborder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.crossborder.domain.CaseDocument.Confidentiality;
import fr.vigie.crossborder.domain.Transmission.Recipient;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Confidential and non-confidential versions of the case's documents, and who received which. */
class CaseDocumentsTest {
    private static final LocalDate DAY = LocalDate.of(2027, 9, 1);

    private static CrossBorderCase caseWithGermanyConcerned() {
        CrossBorderCase c = CrossBorderCase.open(
                new CrossBorderCaseId("TF-2027-000001"),
                LocalDate.of(2027, 4, 2),
                SupervisoryAuthority.FR,
                SupervisoryAuthority.FR,
                "Réseau Social Exemple SA",
                null);
        c.addConcernedAuthority(SupervisoryAuthority.DE);
        return c;
    }

    private static CaseDocument.StoredFile file(String name) {
        return new CaseDocument.StoredFile("5f1c0a3e-0000-4000-8000-000000000001", name, "ab".repeat(32));
    }

    @Test
    void partiesAndComplainantsReceiveOnlyTheNonConfidentialVersion() {
        CrossBorderCase c = caseWithGermanyConcerned();
        int findings =
                c.fileDocument("Constatations préliminaires", Confidentiality.CONFIDENTIAL, null, file("c.pdf"), DAY);
        int redacted = c.fileDocument(
                "Constatations préliminaires", Confidentiality.NON_CONFIDENTIAL, findings, file("nc.pdf"), DAY);

        CrossBorderException refusal = assertThrows(
                CrossBorderException.class, () -> c.recordDocumentSent(findings, Recipient.COMPLAINANT, null, DAY));
        assertEquals("crossborder.document.confidentialToParty", refusal.key());
        assertEquals(
                "« Constatations préliminaires » est la version confidentielle : le plaignant ne reçoit que la version"
                        + " non confidentielle.",
                refusal.localizedMessage(Locale.FRENCH));
        assertThrows(
                CrossBorderException.class,
                () -> c.recordDocumentSent(findings, Recipient.PARTY_UNDER_INVESTIGATION, null, DAY));

        c.recordDocumentSent(redacted, Recipient.PARTY_UNDER_INVESTIGATION, null, DAY);
        c.recordDocumentSent(redacted, Recipient.COMPLAINANT, SupervisoryAuthority.DE, DAY.plusDays(1));
        c.recordDocumentSent(findings, Recipient.CONCERNED_AUTHORITY, SupervisoryAuthority.DE, DAY.plusDays(2));

        List<Transmission> sent = c.transmissions();
        assertEquals(3, sent.size());
        assertEquals(null, sent.get(1).authority(), "a complainant is not an authority");
        assertEquals(SupervisoryAuthority.DE, sent.get(2).authority());
        assertEquals(findings, c.documents().get(1).versionOf());
    }

    @Test
    void anAuthorityMustBeOneOfTheCaseAndAVersionMustRedactAConfidentialDocument() {
        CrossBorderCase c = caseWithGermanyConcerned();
        int open =
                c.fileDocument("Résumé des questions clés", Confidentiality.NON_CONFIDENTIAL, null, file("r.pdf"), DAY);

        assertEquals(
                "authority",
                assertThrows(
                                CrossBorderException.class,
                                () -> c.recordDocumentSent(
                                        open, Recipient.CONCERNED_AUTHORITY, SupervisoryAuthority.IT, DAY))
                        .field());
        assertEquals(
                "versionOf",
                assertThrows(
                                CrossBorderException.class,
                                () -> c.fileDocument("x", Confidentiality.NON_CONFIDENTIAL, open, file("x.pdf"), DAY))
                        .field());
        assertEquals(
                "document",
                assertThrows(
                                CrossBorderException.class,
                                () -> c.recordDocumentSent(9, Recipient.COMPLAINANT, null, DAY))
                        .field());
        assertEquals(
                "date",
                assertThrows(
                                CrossBorderException.class,
                                () -> c.recordDocumentSent(open, Recipient.COMPLAINANT, null, DAY.minusDays(1)))
                        .field());
    }
}
