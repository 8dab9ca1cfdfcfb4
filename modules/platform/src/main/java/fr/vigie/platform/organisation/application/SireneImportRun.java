package fr.vigie.platform.organisation.application;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a stock file: reads it as a stream, hands the units to the writer by batches, counts
 * and keeps the first rejections. Memory stays bounded by one batch whatever the file's size. Each
 * batch is stored on its own (see {@link SireneImport}): the import is idempotent, so a run stopped
 * half-way is completed by running it again.
 */
public final class SireneImportRun {
    public static final int DEFAULT_BATCH = 2_000;

    private final SireneBatchWriter writer;
    private final int batchSize;
    private final int maxRejections;

    public SireneImportRun(SireneBatchWriter writer, int batchSize, int maxRejections) {
        if (batchSize < 1 || maxRejections < 0) {
            throw new IllegalArgumentException("batch " + batchSize + ", rejections " + maxRejections);
        }
        this.writer = writer;
        this.batchSize = batchSize;
        this.maxRejections = maxRejections;
    }

    public ImportReport run(Reader csv) {
        long started = System.nanoTime();
        Counter counter = new Counter();
        SireneStockReader.read(csv, counter);
        counter.flush();
        return new ImportReport(
                counter.rows,
                counter.inserted,
                counter.updated,
                counter.unchanged,
                counter.rejected,
                counter.rejections,
                (System.nanoTime() - started) / 1_000_000);
    }

    private final class Counter implements SireneStockReader.Rows {
        long rows;
        long inserted;
        long updated;
        long unchanged;
        long rejected;
        final List<SireneRejection> rejections = new ArrayList<>();
        /** The batch being filled, by SIREN: a SIREN repeated within a batch is refused. */
        final Map<String, SireneUnit> batch = new HashMap<>();

        @Override
        public void unit(SireneUnit unit) {
            rows++;
            SireneUnit earlier = batch.putIfAbsent(unit.siren(), unit);
            if (earlier != null) {
                rejected(
                        new SireneRejection(
                                unit.line(), "import.reject.duplicate", unit.siren() + " @" + earlier.line()),
                        false);
                return;
            }
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void rejected(SireneRejection rejection) {
            rejected(rejection, true);
        }

        private void rejected(SireneRejection rejection, boolean newRow) {
            if (newRow) {
                rows++;
            }
            rejected++;
            if (rejections.size() < maxRejections) {
                rejections.add(rejection);
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<SireneUnit> units = new ArrayList<>(batch.values());
            SireneBatchWriter.Written written = writer.write(units);
            inserted += written.inserted();
            updated += written.updated();
            unchanged += units.size() - written.inserted() - written.updated();
            batch.clear();
        }
    }
}
