package fr.vigie.platform.document.domain;

import fr.vigie.platform.api.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a case may hold. The type is decided from the file's first bytes, not from what
 * the sender declares, and the extension must agree: a renamed executable is refused.
 */
public enum DocumentType {
    PDF("application/pdf", new String[] {"pdf"}, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", new String[] {"png"}, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("image/jpeg", new String[] {"jpg", "jpeg"}, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** Office Open XML and OpenDocument files are ZIP containers. */
    OFFICE_ZIP(null, new String[] {"docx", "xlsx", "pptx", "odt", "ods"}, new byte[] {'P', 'K', 3, 4}),
    TEXT("text/plain", new String[] {"txt", "csv", "eml"}, new byte[0]);

    private final String contentType;
    private final String[] extensions;
    private final byte[] magic;

    DocumentType(String contentType, String[] extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** @return the content type to store for this file, after checking name and content agree */
    public static String detect(String filename, byte[] head) {
        String extension = extensionOf(filename);
        for (DocumentType type : values()) {
            if (Arrays.asList(type.extensions).contains(extension)) {
                if (!type.matches(head)) {
                    throw DomainException.onField("file", "error.document.contentMismatch", filename);
                }
                return type.contentTypeFor(extension);
            }
        }
        throw DomainException.onField("file", "error.document.typeNotAllowed", filename);
    }

    private boolean matches(byte[] head) {
        if (this == TEXT) {
            return looksLikeText(head);
        }
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private String contentTypeFor(String extension) {
        if (contentType != null) {
            return extension.equals("csv") ? "text/csv" : contentType;
        }
        return switch (extension) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            default -> "application/vnd.oasis.opendocument.spreadsheet";
        };
    }

    static String extensionOf(String filename) {
        return Optional.ofNullable(filename)
                .filter(f -> f.lastIndexOf('.') > 0)
                .map(f -> f.substring(f.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
                .orElse("");
    }
}
