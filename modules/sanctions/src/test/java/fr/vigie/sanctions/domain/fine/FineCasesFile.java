package fr.vigie.sanctions.domain.fine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads fine test vectors: {@code case_id,procedure,infringements,turnover_eur,fine_eur,
 * penalty_per_day_eur,expected_cap_eur,expected,note} (DOMAIN.md, "Sanction caps").
 *
 * <p>The file kept in the build, {@value #DEFAULT_RESOURCE}, is always read. When the system
 * property {@value #PROPERTY} names another file of the same format (the lawyers' held-out
 * cases), its rows are read as well, so that one command checks them without copying them into
 * the build. Columns are found by their header name; fields follow RFC 4180 (a note holding a
 * comma is quoted).
 */
final class FineCasesFile {

    static final String PROPERTY = "vigie.fine.cases";
    static final String DEFAULT_RESOURCE = "/fine/fine-cases.csv";

    private static final List<String> COLUMNS = List.of(
            "case_id",
            "procedure",
            "infringements",
            "turnover_eur",
            "fine_eur",
            "penalty_per_day_eur",
            "expected_cap_eur",
            "expected",
            "note");

    private FineCasesFile() {}

    /** The rows of the file kept in the build, then those of the file named by the property, if any. */
    static List<FineCase> load() {
        List<FineCase> cases = new ArrayList<>(bundled());
        String external = System.getProperty(PROPERTY);
        if (external != null && !external.isBlank()) {
            cases.addAll(external(Path.of(external.strip())));
        }
        return cases;
    }

    static List<FineCase> bundled() {
        try (InputStream stream = FineCasesFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Test vectors not found on the class path: " + DEFAULT_RESOURCE);
            }
            return parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8), "fine-cases.csv");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, unreadable);
        }
    }

    static List<FineCase> external(Path named) {
        Path file = locate(named);
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(
                    "Cannot read the test vectors named by -D" + PROPERTY + ": " + file, unreadable);
        }
    }

    /**
     * Surefire runs the tests in the module's directory while a person types a path relative to
     * where Maven was started (usually the project's root): a relative path that does not exist
     * here is looked for in the parent directories.
     */
    static Path locate(Path named) {
        if (named.isAbsolute() || Files.exists(named)) {
            return named;
        }
        for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(named))) {
                return dir.resolve(named);
            }
        }
        return named;
    }

    static List<FineCase> parse(String text, String origin) {
        List<List<String>> records = Rfc4180.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(origin + " is empty: a header line is expected");
        }
        List<String> header = records.get(0).stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            index[i] = header.indexOf(COLUMNS.get(i));
            if (index[i] < 0 && !COLUMNS.get(i).equals("note")) {
                throw new IllegalArgumentException(
                        "Column '" + COLUMNS.get(i) + "' missing from " + origin + ": " + header);
            }
        }
        List<FineCase> cases = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().allMatch(String::isBlank) || cells.get(0).strip().startsWith("#")) {
                continue;
            }
            String id = cell(cells, index[0]);
            cases.add(new FineCase(
                    origin,
                    r + 1,
                    id.isEmpty() ? "row " + (r + 1) : id,
                    cell(cells, index[1]),
                    cell(cells, index[2]),
                    cell(cells, index[3]),
                    cell(cells, index[4]),
                    cell(cells, index[5]),
                    cell(cells, index[6]),
                    cell(cells, index[7]),
                    cell(cells, index[8])));
        }
        return cases;
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }
}
