package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The transactions of an import: each batch commits on its own, so a file of millions of rows never
 * holds one transaction open for minutes; the run's audit record is written when it ends.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SireneBatches {
    @Inject
    SireneStore store;

    @Inject
    AuditTrail audit;

    public SireneBatchWriter.Written write(List<SireneUnit> batch, Stamp stamp) {
        return store.write(batch, stamp);
    }

    /** One audit record per import, with its counts: the register, not a person, changed the rows. */
    public void recordRun(String fileName, ImportReport report, String outcome) {
        audit.record(AuditRecord.of(OrganisationRegistry.MODULE, "SIRENE_STOCK_IMPORTED")
                .because(outcome)
                .changed("file", null, fileName)
                .changed("rows", null, report.rows())
                .changed("inserted", null, report.inserted())
                .changed("updated", null, report.updated())
                .changed("unchanged", null, report.unchanged())
                .changed("rejected", null, report.rejected())
                .build());
    }
}
