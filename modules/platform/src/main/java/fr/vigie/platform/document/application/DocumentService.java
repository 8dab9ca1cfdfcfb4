package fr.vigie.platform.document.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.document.DocumentContent;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.document.domain.DocumentType;
import fr.vigie.platform.document.domain.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores and serves case documents. Reading checks the module's access policy; where a module
 * published none, only the uploader and administrators may read (deny by default).
 */
@ApplicationScoped
@Transactional
public class DocumentService implements DocumentStore {
    private static final int HEAD_BYTES = 8192;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReadAccessLog readLog;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<DocumentAccessPolicy> policies;

    @Inject
    @ConfigProperty(name = "vigie.documents.maxBytes", defaultValue = "20971520")
    private long maxBytes;

    @Override
    public DocumentInfo store(CaseRef caseRef, String filename, InputStream content) {
        requireAttachRight(caseRef);
        byte[] bytes = readLimited(content);
        if (bytes.length == 0) {
            throw DomainException.onField("file", "error.document.empty");
        }
        String contentType = DocumentType.detect(filename, Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)));
        return save(caseRef, filename, contentType, bytes);
    }

    @Override
    public DocumentInfo storeGenerated(CaseRef caseRef, String filename, String contentType, byte[] content) {
        return save(caseRef, filename, contentType, content);
    }

    @Override
    public List<DocumentInfo> listFor(CaseRef caseRef) {
        return em.createNamedQuery("StoredDocument.byCase", StoredDocument.class)
                .setParameter("caseRef", caseRef.toString())
                .getResultStream()
                .filter(this::mayRead)
                .map(DocumentService::info)
                .toList();
    }

    @Override
    public DocumentContent open(UUID id) {
        StoredDocument doc = Optional.ofNullable(em.find(StoredDocument.class, id))
                .filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("document", id));
        DocumentInfo info = info(doc);
        readLog.recordRead(info.caseRef(), ReadKind.DOCUMENT_DOWNLOADED, info.filename());
        return new DocumentContent(info, doc.content());
    }

    private DocumentInfo save(CaseRef caseRef, String filename, String contentType, byte[] bytes) {
        StoredDocument doc = new StoredDocument(
                caseRef.module(),
                caseRef.toString(),
                filename,
                contentType,
                bytes,
                currentUser.username(),
                clock.instant());
        em.persist(doc);
        audit.record(AuditRecord.of(caseRef.module(), "DOCUMENT_ADDED")
                .onCase(caseRef)
                .changed("document", null, doc.filename() + " (sha256 " + doc.sha256() + ")")
                .build());
        return info(doc);
    }

    private byte[] readLimited(InputStream in) {
        try (in;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new DocumentTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    private void requireAttachRight(CaseRef caseRef) {
        boolean allowed = policyFor(caseRef.module())
                .map(p -> p.mayAttach(caseRef, currentUser))
                .orElse(currentUser.hasRole(Role.ADMINISTRATOR));
        if (!allowed) {
            throw new DomainException("error.document.attachForbidden", caseRef.toString());
        }
    }

    private boolean mayRead(StoredDocument doc) {
        CaseRef caseRef = CaseRef.parse(doc.caseRef());
        return policyFor(doc.module())
                .map(p -> p.mayRead(caseRef, currentUser))
                .orElse(doc.uploadedBy().equals(currentUser.username()) || currentUser.hasRole(Role.ADMINISTRATOR));
    }

    private Optional<DocumentAccessPolicy> policyFor(String module) {
        return policies.stream().filter(p -> p.module().equals(module)).findFirst();
    }

    private static DocumentInfo info(StoredDocument d) {
        return new DocumentInfo(
                d.id(),
                CaseRef.parse(d.caseRef()),
                d.filename(),
                d.contentType(),
                d.size(),
                d.sha256(),
                d.uploadedBy(),
                d.uploadedAt());
    }
}
