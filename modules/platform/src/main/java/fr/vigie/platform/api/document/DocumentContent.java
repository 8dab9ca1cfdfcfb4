package fr.vigie.platform.api.document;

/** A document and its bytes, as read after the access check. */
public record DocumentContent(DocumentInfo info, byte[] bytes) {
    public DocumentContent {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
