package fr.vigie.platform.document.domain;

import fr.vigie.platform.api.AppendOnly;
import fr.vigie.platform.api.DomainException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A document attached to a case. Its bytes never change: a new version is a new document. */
@AppendOnly("A stored document is immutable (every column is updatable = false); a new version is a new row.")
@Entity
@Table(schema = "platform", name = "document")
@NamedQuery(
        name = "StoredDocument.byCase",
        query = "SELECT d FROM StoredDocument d WHERE d.caseRef = :caseRef ORDER BY d.uploadedAt")
public class StoredDocument {
    private static final int MAX_FILENAME = 255;

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String module;

    @Column(name = "case_ref", nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredDocument() {
        // for JPA
    }

    public StoredDocument(
            String module,
            String caseRef,
            String filename,
            String contentType,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.module = module;
        this.caseRef = caseRef;
        this.filename = cleanFilename(filename);
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Keeps the name a person gave, minus any path and control characters. */
    static String cleanFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw DomainException.onField("file", "error.document.nameRequired");
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "_")
                .trim();
        if (name.isEmpty() || name.startsWith(".")) {
            throw DomainException.onField("file", "error.document.nameRequired");
        }
        return name.length() > MAX_FILENAME ? name.substring(name.length() - MAX_FILENAME) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public UUID id() {
        return id;
    }

    public String module() {
        return module;
    }

    public String caseRef() {
        return caseRef;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** For logs: never the content. */
    @Override
    public String toString() {
        return "document " + id + " (" + filename + ")";
    }
}
