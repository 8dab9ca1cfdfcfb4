package fr.vigie.it.reporting;

import java.nio.charset.StandardCharsets;

/**
 * Finds a report's title in a PDF without a PDF library: the title is in the document information
 * dictionary (uncompressed), as a PDF string — Latin-1 with {@code ( ) \} escaped, or UTF-16BE with
 * a byte-order mark when it has characters beyond Latin-1 / PDFDocEncoding.
 */
final class PdfText {
    private PdfText() {}

    static boolean hasTitle(byte[] pdf, String title) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        String escaped = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String utf16 = new String(title.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
        String utf16Escaped = utf16.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        return raw.contains(title)
                || raw.contains(escaped)
                || raw.contains(utf16)
                || raw.contains(utf16Escaped)
                || new String(pdf, StandardCharsets.ISO_8859_1).contains(hex(title));
    }

    private static String hex(String title) {
        StringBuilder h = new StringBuilder("FEFF");
        for (byte b : title.getBytes(StandardCharsets.UTF_16BE)) {
            h.append(String.format("%02X", b));
        }
        return h.toString();
    }
}
