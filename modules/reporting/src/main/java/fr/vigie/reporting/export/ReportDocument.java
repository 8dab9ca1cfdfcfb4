package fr.vigie.reporting.export;

import java.util.List;

/**
 * A report ready to be written to a file: its title, lines about the data (age, filters, method)
 * and its tables. Cells are strings, numbers or dates.
 */
public record ReportDocument(String title, List<String> notes, List<Table> tables) {

    public record Table(String title, List<String> headers, List<List<Object>> rows) {}
}
