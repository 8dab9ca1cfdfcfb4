package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationsRenamed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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

    @Inject
    Event<OrganisationsRenamed> renamed;

    /** Stores a batch; the modules' name projections of the units it changed follow in the same commit. */
    public SireneBatchWriter.Written write(List<SireneUnit> batch, Stamp stamp) {
        SireneBatchWriter.Written written = store.write(batch, stamp);
        if (!written.updatedIds().isEmpty()) {
            renamed.fire(new OrganisationsRenamed(written.updatedIds()));
        }
        return written;
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
