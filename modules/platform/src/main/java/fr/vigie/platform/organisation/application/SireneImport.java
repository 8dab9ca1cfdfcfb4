package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An administrator preloads the directory from INSEE's SIRENE stock file of legal units: streamed,
 * stored by batches of {@value SireneImportRun#DEFAULT_BATCH} rows, each batch in its own transaction
 * (see {@link SireneBatches}), bad rows reported with their line number.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SireneImport {
    /** How many rejected rows a report lists (all are counted). */
    public static final int REPORTED_REJECTIONS = 100;

    @Inject
    SireneBatches batches;

    @Inject
    Stamps stamps;

    /** Imports a UTF-8 stock file (INSEE publishes {@code StockUniteLegale_utf8.csv}). */
    @BroadCatch("Records the failed run in the audit trail, then rethrows: nothing is swallowed.")
    public ImportReport importStock(String fileName, InputStream csv) {
        Stamp stamp = stamps.now();
        SireneImportRun run = new SireneImportRun(
                batch -> batches.write(batch, stamp), SireneImportRun.DEFAULT_BATCH, REPORTED_REJECTIONS);
        ImportReport report;
        try {
            report = run.run(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16));
        } catch (RuntimeException e) {
            batches.recordRun(fileName, new ImportReport(0, 0, 0, 0, 0, List.of(), 0), "failed: " + e.getMessage());
            throw e;
        }
        batches.recordRun(fileName, report, "completed");
        return report;
    }
}
