package fr.vigie.platform.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.DomainException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
    @Test
    void typeComesFromTheContentAndMustAgreeWithTheExtension() {
        assertEquals(
                "application/pdf", DocumentType.detect("Courrier.PDF", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("text/csv", DocumentType.detect("liste.csv", "a;b\n1;2".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocumentType.detect("note.docx", new byte[] {'P', 'K', 3, 4, 0}));
    }

    @Test
    void renamedExecutableIsRefused() {
        DomainException e = assertThrows(
                DomainException.class, () -> DocumentType.detect("facture.pdf", new byte[] {'M', 'Z', 0, 0}));
        assertEquals("error.document.contentMismatch", e.key());
        assertEquals("file", e.field());
    }

    @Test
    void binaryDisguisedAsTextIsRefused() {
        assertThrows(DomainException.class, () -> DocumentType.detect("a.txt", new byte[] {'a', 0, 'b'}));
    }

    @Test
    void unlistedTypesAreRefused() {
        assertEquals(
                "error.document.typeNotAllowed",
                assertThrows(DomainException.class, () -> DocumentType.detect("run.exe", new byte[] {'M', 'Z'}))
                        .key());
        assertThrows(DomainException.class, () -> DocumentType.detect("noextension", new byte[] {'%'}));
    }

    @Test
    void filenamesLoseTheirPathAndControlCharacters() {
        assertEquals("lettre.pdf", StoredDocument.cleanFilename("C:\\Users\\x\\lettre.pdf"));
        assertEquals("a_b.pdf", StoredDocument.cleanFilename("../../a\nb.pdf"));
        assertThrows(DomainException.class, () -> StoredDocument.cleanFilename("../.hidden"));
    }
}
