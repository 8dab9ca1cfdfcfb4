package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SireneImportRunTest {
    /** An in-memory store that behaves like the upsert: insert new, update changed, skip equal. */
    static final class MemoryStore implements SireneBatchWriter {
        final Map<String, SireneUnit> rows = new HashMap<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public Written write(List<SireneUnit> batch) {
            batchSizes.add(batch.size());
            int inserted = 0;
            int updated = 0;
            for (SireneUnit u : batch) {
                SireneUnit before = rows.put(u.siren(), u);
                if (before == null) {
                    inserted++;
                } else if (!same(before, u)) {
                    updated++;
                }
            }
            return new Written(inserted, updated);
        }

        private static boolean same(SireneUnit a, SireneUnit b) {
            return Objects.equals(a.name(), b.name())
                    && Objects.equals(a.naf(), b.naf())
                    && Objects.equals(a.legalForm(), b.legalForm())
                    && Objects.equals(a.headOfficeSiret(), b.headOfficeSiret())
                    && a.active() == b.active()
                    && a.partlyPublic() == b.partlyPublic();
        }
    }

    private static final String FILE = SireneStockReaderTest.HEADER + "\n"
            + "732829320,O,,,,,A,,,Exemple,5710,62.01Z,NAFRev2,,O\n"
            + "552100554,O,,,,,A,,,Autre,5710,62.01Z,NAFRev2,,O\n"
            + "542065479,O,,,,,A,,,Troisième,5710,62.01Z,NAFRev2,,O\n"
            + "732829321,O,,,,,A,,,Bad,5710,62.01Z,NAFRev2,,O\n"
            + "732829320,O,,,,,A,,,Exemple repeated,5710,62.01Z,NAFRev2,,O\n";

    @Test
    void secondImportOfTheSameFileChangesNothing() {
        MemoryStore store = new MemoryStore();
        ImportReport first = new SireneImportRun(store, 2, 10).run(new StringReader(FILE));
        assertEquals(5, first.rows());
        assertEquals(3, first.inserted());
        // Batches of 2: the repeated SIREN lands in a later batch, where it is an update.
        assertEquals(1, first.updated());
        assertEquals(1, first.rejected());
        assertEquals(5, first.rejections().get(0).line()); // the bad checksum

        ImportReport second = new SireneImportRun(store, 2, 10).run(new StringReader(FILE));
        assertEquals(0, second.inserted());
        // The file itself says two things about 732829320, in two batches: both are written again.
        assertEquals(2, second.updated());
        assertEquals(2, second.unchanged());
    }

    @Test
    void aSirenRepeatedWithinABatchIsRefusedWithBothLines() {
        MemoryStore store = new MemoryStore();
        ImportReport report = new SireneImportRun(store, 100, 10).run(new StringReader(FILE));
        assertEquals(3, report.inserted());
        assertEquals(2, report.rejected());
        assertEquals("import.reject.duplicate", report.rejections().get(1).reason());
        assertEquals(6, report.rejections().get(1).line());
        assertEquals("732829320 @2", report.rejections().get(1).detail());

        ImportReport again = new SireneImportRun(store, 100, 10).run(new StringReader(FILE));
        assertEquals(0, again.inserted());
        assertEquals(0, again.updated());
        assertEquals(3, again.unchanged());
    }

    @Test
    void keepsOnlyTheFirstRejectionsButCountsThemAll() {
        StringBuilder file = new StringBuilder(SireneStockReaderTest.HEADER).append('\n');
        for (int i = 0; i < 50; i++) {
            file.append("123,O\n");
        }
        ImportReport report = new SireneImportRun(new MemoryStore(), 10, 5).run(new StringReader(file.toString()));
        assertEquals(50, report.rejected());
        assertEquals(5, report.rejections().size());
        assertEquals(2, report.rejections().get(0).line());
    }
}
