package fr.vigie.platform.organisation.application;

import java.util.List;

/**
 * What an import of the SIRENE stock file did. Importing the same file again gives
 * {@code inserted = updated = 0}: every row is {@code unchanged}.
 *
 * @param rejections the first rejected rows (at most the limit asked), with their line numbers
 * @param millis     wall time of the import
 */
public record ImportReport(
        long rows,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        List<SireneRejection> rejections,
        long millis) {
    public ImportReport {
        rejections = List.copyOf(rejections);
    }
}
