package fr.vigie.sanctions.domain.fine;

import java.util.Locale;

/**
 * The procedure a fine is imposed under, which sets its caps: the ordinary procedure before the
 * sanctions committee (GDPR Art. 83, loi 78-17 art. 20) or the simplified procedure decided by
 * the committee chair alone (loi 78-17 art. 22-1).
 */
public enum FineProcedure {
    ORDINARY,
    SIMPLIFIED;

    /**
     * Reads {@code ORDINARY} or {@code SIMPLIFIED} (any case, surrounding blanks ignored).
     *
     * @throws FineRuleException {@code fine.procedure.unknown} on {@code field}
     */
    public static FineProcedure parse(String text, String field) {
        if (text != null) {
            String name = text.strip().toUpperCase(Locale.ROOT);
            for (FineProcedure procedure : values()) {
                if (procedure.name().equals(name)) {
                    return procedure;
                }
            }
        }
        throw FineRuleException.onField(field, "fine.procedure.unknown", String.valueOf(text));
    }
}
