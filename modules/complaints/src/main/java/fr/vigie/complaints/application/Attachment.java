package fr.vigie.complaints.application;

/** A file the complainant sent with the complaint (evidence, screenshots, letters exchanged). */
public record Attachment(String filename, byte[] content) {
    public Attachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
