package fr.vigie.platform.api.audit;

/** One changed field of a case: its value before and after, as text (null when absent). */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A field change names its field");
        }
    }
}
