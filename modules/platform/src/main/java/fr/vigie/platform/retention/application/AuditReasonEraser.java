package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.audit.AuditRedaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Erases the free-text reasons of the audit entries on cases whose personal data goes (ADR 10):
 * staff write why they acted, and a reason may name the complainant. The entries, their hashes and
 * the chain stay.
 */
@ApplicationScoped
public class AuditReasonEraser {
    @Inject
    AuditRedaction redaction;

    /** @return how many entries' reasons were erased */
    public int erase(String module, List<String> caseRefs, String redactionRef) {
        return caseRefs.isEmpty() ? 0 : redaction.redactReasons(module, caseRefs, redactionRef);
    }
}
