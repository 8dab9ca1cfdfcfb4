package fr.vigie.platform.http;

import java.util.Map;

/**
 * No field of Vigie takes control characters other than tab, line feed and carriage return: a NUL
 * or an escape sequence in a parameter is a scanner's or a broken client's, and PostgreSQL itself
 * refuses NUL in text. Such a request is refused at the door with a 400 instead of failing deep down.
 */
final class InputCharacters {
    private InputCharacters() {}

    /** The name of the first parameter holding a forbidden control character, or null. */
    static String firstControlCharacter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (hasControl(p.getKey())) {
                return printable(p.getKey());
            }
            for (String value : p.getValue()) {
                if (hasControl(value)) {
                    return printable(p.getKey());
                }
            }
        }
        return null;
    }

    static boolean hasControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}]", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }
}
