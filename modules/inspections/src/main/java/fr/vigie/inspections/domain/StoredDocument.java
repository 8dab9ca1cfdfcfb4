package fr.vigie.inspections.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A document the platform stored for an inspection, as a verb needs it: its id to keep, and its name
 * and hash for the audit trail (which proves which exact file was signed, attached or received).
 *
 * @param id       the platform document's id
 * @param filename the name it was stored under
 * @param sha256   its SHA-256, in hexadecimal
 */
public record StoredDocument(UUID id, String filename, String sha256) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
    }

    /** How the audit trail names the document: {@code name.pdf (sha256 abc…)}. */
    public String describe() {
        return filename + " (sha256 " + sha256 + ")";
    }
}
