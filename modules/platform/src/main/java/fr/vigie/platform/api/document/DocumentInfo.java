package fr.vigie.platform.api.document;

import fr.vigie.platform.api.CaseRef;
import java.time.Instant;
import java.util.UUID;

/** A stored document's metadata; the SHA-256 checksum lets anyone prove the bytes unchanged. */
public record DocumentInfo(
        UUID id,
        CaseRef caseRef,
        String filename,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
