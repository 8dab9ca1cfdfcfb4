package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.organisation.OrganisationBackfillContribution.Batch;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillReportTest {
    @Test
    void batchesAddUpPerPartAndInTotal() {
        BackfillReport.Tally tally = new BackfillReport.Tally();
        tally.start("complaints.complaint");
        tally.add(new Batch(200, 2, 1, 1));
        tally.add(new Batch(300, 3, 3, 0));
        tally.start("sanctions.formal_notice");
        tally.add(new Batch(0, 0, 0, 0));
        BackfillReport report = tally.report(12);
        assertEquals(
                List.of(
                        new BackfillReport.Part("complaints.complaint", 4, 1),
                        new BackfillReport.Part("sanctions.formal_notice", 0, 0)),
                report.parts());
        assertEquals(4, report.filled());
        assertEquals(1, report.left());
        assertEquals(true, report.ran());
    }

    @Test
    void aPartReadAgainKeepsWhatItFilledAndRecountsWhatIsLeft() {
        BackfillReport.Tally tally = new BackfillReport.Tally();
        tally.start("committee.interest");
        tally.add(new Batch(7, 2, 0, 2));
        tally.start("committee.review");
        tally.add(new Batch(3, 1, 1, 0));
        assertEquals(2, tally.leftIn("committee.interest"));
        tally.startAgain("committee.interest");
        tally.add(new Batch(7, 2, 1, 1));
        BackfillReport report = tally.report(3);
        assertEquals(
                List.of(
                        new BackfillReport.Part("committee.interest", 1, 1),
                        new BackfillReport.Part("committee.review", 1, 0)),
                report.parts());
        assertEquals(2, report.filled());
        assertEquals(1, report.left());
    }

    @Test
    void aBatchAccountsForEveryRowItRead() {
        assertThrows(IllegalArgumentException.class, () -> new Batch(5, 3, 1, 1));
    }

    @Test
    void theAuditEntryCarriesTheCountsOfEachPart() {
        BackfillReport.Tally tally = new BackfillReport.Tally();
        tally.start("dossiers.dossier");
        tally.add(new Batch(9, 2, 2, 0));
        AuditRecord record = OrganisationBackfill.auditOf(tally.report(1));
        assertEquals(OrganisationBackfill.ACTION, record.action());
        assertEquals("organisations", record.module());
        assertEquals(4, record.changes().size());
        assertEquals("dossiers.dossier.filled", record.changes().get(2).field());
    }
}
