package fr.vigie.crossborder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A document of the case's file, in one of its versions: the confidential one (the whole document,
 * business secrets included) or a non-confidential one (what the parties under investigation and the
 * complainant may see, Regulation (EU) 2025/2518: access to the file excludes confidential parts). A
 * non-confidential version names the confidential document it redacts. The content is in the
 * platform's document store; the case keeps its id, name and fingerprint.
 */
@Embeddable
public class CaseDocument {
    /** Which version of a document this is. */
    public enum Confidentiality {
        CONFIDENTIAL,
        NON_CONFIDENTIAL
    }

    private int number;
    private String title;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;

    @Column(name = "version_of")
    private Integer versionOf;

    @Column(name = "document_id")
    private String documentId;

    private String filename;
    private String sha256;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    protected CaseDocument() {
        // for JPA
    }

    CaseDocument(
            int number,
            String title,
            Confidentiality confidentiality,
            Integer versionOf,
            StoredFile file,
            LocalDate filedOn) {
        this.number = number;
        this.title = title;
        this.confidentiality = confidentiality;
        this.versionOf = versionOf;
        this.documentId = file.id();
        this.filename = file.filename();
        this.sha256 = file.sha256();
        this.filedOn = filedOn;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public boolean confidential() {
        return confidentiality == Confidentiality.CONFIDENTIAL;
    }

    /** The number of the confidential document this version redacts, or null. */
    public Integer versionOf() {
        return versionOf;
    }

    public String documentId() {
        return documentId;
    }

    public String filename() {
        return filename;
    }

    public String sha256() {
        return sha256;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    /** A file kept by the platform's document store: its id, name and SHA-256. */
    public record StoredFile(String id, String filename, String sha256) {}
}
