package fr.vigie.platform.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Erases the free-text reasons of the audit entries on cases whose personal data goes (ADR 10):
 * staff write why they acted, and a reason may name the complainant.
 */
@ApplicationScoped
public class AuditReasonEraser {
    /** @return how many entries' reasons were erased */
    public int erase(String module, List<String> caseRefs, String redactionRef) {
        return 0; // replaced by the audit redaction once merged
    }
}
