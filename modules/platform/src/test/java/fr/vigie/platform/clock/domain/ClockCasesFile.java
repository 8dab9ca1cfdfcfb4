package fr.vigie.platform.clock.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the clock test vectors: {@code case,event_date,amount,unit,suspended_days,expected_end,rule}.
 *
 * <p>Columns are found by header name, so a file with reordered columns still works; the
 * {@code rule} column may be empty or contain commas (it is the last column). The file is the
 * one named by the system property {@value #PROPERTY} when set, so that lawyers' new cases can
 * be checked without copying them into the build; otherwise {@value #DEFAULT_RESOURCE}.
 */
final class ClockCasesFile {

    static final String PROPERTY = "vigie.clock.cases";
    static final String DEFAULT_RESOURCE = "/clock/clock-cases.csv";

    private static final List<String> COLUMNS =
            List.of("case", "event_date", "amount", "unit", "suspended_days", "expected_end", "rule");

    private ClockCasesFile() {}

    static String origin() {
        String file = System.getProperty(PROPERTY);
        return file == null || file.isBlank() ? "classpath:" + DEFAULT_RESOURCE : file;
    }

    static List<ClockCase> load() {
        String file = System.getProperty(PROPERTY);
        try (InputStream stream = file == null || file.isBlank()
                ? ClockCasesFile.class.getResourceAsStream(DEFAULT_RESOURCE)
                : Files.newInputStream(Path.of(file))) {
            if (stream == null) {
                throw new IllegalStateException("Test vectors not found: " + origin());
            }
            return parse(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the test vectors " + origin(), unreadable);
        }
    }

    static List<ClockCase> parse(List<String> lines) {
        List<String> header = Arrays.stream(lines.get(0).strip().split(","))
                .map(String::strip)
                .toList();
        int[] index =
                COLUMNS.stream().mapToInt(column -> columnIndex(header, column)).toArray();
        List<ClockCase> cases = new ArrayList<>();
        for (int lineNo = 1; lineNo < lines.size(); lineNo++) {
            String line = lines.get(lineNo);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", header.size());
            if (cells.length < header.size() - 1) {
                throw new IllegalArgumentException("Line " + (lineNo + 1) + " of " + origin() + " has " + cells.length
                        + " columns, expected " + header.size() + ": " + line);
            }
            cases.add(new ClockCase(
                    cell(cells, index[0]),
                    LocalDate.parse(cell(cells, index[1])),
                    Period.of(Integer.parseInt(cell(cells, index[2])), PeriodUnit.parse(cell(cells, index[3]))),
                    Long.parseLong(cell(cells, index[4])),
                    LocalDate.parse(cell(cells, index[5])),
                    cell(cells, index[6])));
        }
        return cases;
    }

    private static int columnIndex(List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0 && !column.equals("rule")) {
            throw new IllegalArgumentException("Column '" + column + "' missing from " + origin() + ": " + header);
        }
        return index;
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length ? "" : cells[index].strip();
    }
}
