package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One line of the index of the file a party may consult: a document (or, when it is confidential,
 * its non-confidential version), for whom, in which version of the index, and when it was sent.
 */
@Embeddable
public class FileEntry {
    @Column(name = "index_version", nullable = false)
    private int indexVersion;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "public_version_id")
    private String publicVersionId;

    @Column(name = "audience", nullable = false)
    private String audience;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    protected FileEntry() {
        // for JPA
    }

    /**
     * The entry of version {@code indexVersion} of the index: a title and a document are required; a
     * confidential document needs its non-confidential version; the audience is {@code ORGANISATION}
     * or {@code COMPLAINANT}.
     */
    static FileEntry indexed(
            int indexVersion,
            String title,
            String documentId,
            boolean confidential,
            String publicVersionId,
            String audience,
            LocalDate sentOn) {
        SanctionCase.requireText(title, "title");
        SanctionCase.requireText(documentId, "documentId");
        if (confidential && (publicVersionId == null || publicVersionId.isBlank())) {
            throw SanctionsException.onField("publicVersionId", "file.publicVersion.required");
        }
        if (!"ORGANISATION".equals(audience) && !"COMPLAINANT".equals(audience)) {
            throw SanctionsException.onField("audience", "file.audience.invalid", audience);
        }
        return new FileEntry(
                indexVersion,
                title.strip(),
                documentId,
                confidential,
                confidential ? publicVersionId : null,
                audience,
                sentOn);
    }

    FileEntry(
            int indexVersion,
            String title,
            String documentId,
            boolean confidential,
            String publicVersionId,
            String audience,
            LocalDate sentOn) {
        this.indexVersion = indexVersion;
        this.title = title;
        this.documentId = documentId;
        this.confidential = confidential;
        this.publicVersionId = publicVersionId;
        this.audience = audience;
        this.sentOn = sentOn;
    }

    public int indexVersion() {
        return indexVersion;
    }

    public String title() {
        return title;
    }

    public String documentId() {
        return documentId;
    }

    public boolean confidential() {
        return confidential;
    }

    /** What the party may consult: the non-confidential version of a confidential document. */
    public String consultableId() {
        return confidential ? publicVersionId : documentId;
    }

    public String publicVersionId() {
        return publicVersionId;
    }

    /** {@code ORGANISATION} or {@code COMPLAINANT}. */
    public String audience() {
        return audience;
    }

    public LocalDate sentOn() {
        return sentOn;
    }
}
