package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditRedaction;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Erases audit reasons inside the caller's transaction (see {@link AuditRedaction}), and records
 * the erasure itself in the trail, so that nobody erases reasons unseen. That record carries no
 * reason of its own (the reference goes in its changes), so a later erasure never touches it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditRedactionService implements AuditRedaction {
    static final String ACTION = "AUDIT_REASONS_REDACTED";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Inject
    ConfiguredReasonKey reasonKey;

    @Inject
    AuditTrail audit;

    @Override
    public int redactReasons(String module, String caseRef, String redactionRef) {
        return redactReasons(module, List.of(caseRef), redactionRef);
    }

    @Override
    public int redactReasons(String module, Collection<String> caseRefs, String redactionRef) {
        int erased;
        try (Connection connection = dataSource.getConnection()) {
            erased = new ReasonRedactor(reasonKey.key()).redact(connection, module, caseRefs, redactionRef);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase the audit reasons: " + e.getMessage(), e);
        }
        if (erased > 0) {
            List<String> cases = ReasonRedactor.casesOf(module, caseRefs);
            AuditRecord.Builder record = AuditRecord.of(module, ACTION)
                    .changed("redactionRef", null, redactionRef.strip())
                    .changed("reasonsErased", null, erased)
                    .changed("cases", null, cases.size());
            if (cases.size() == 1) {
                record.onCase(CaseRef.parse(cases.get(0)));
            }
            audit.record(record.build());
        }
        return erased;
    }
}
