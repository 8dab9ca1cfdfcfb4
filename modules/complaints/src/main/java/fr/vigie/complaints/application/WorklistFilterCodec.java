package fr.vigie.complaints.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A work-list filter as stored with a saved filter: a query string ({@code status=A,B&text=...}),
 * readable in the database and tolerant of fields added later (unknown keys are ignored, a value
 * that no longer parses is dropped rather than making the saved filter unusable).
 */
public final class WorklistFilterCodec {
    private WorklistFilterCodec() {}

    public static String encode(WorklistFilter f) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!f.statuses().isEmpty()) {
            fields.put("status", String.join(",", new TreeSet<>(f.statuses())));
        }
        put(fields, "assignee", f.assignee());
        put(fields, "organisation", f.organisation());
        put(fields, "category", f.category());
        put(fields, "priority", f.priority());
        put(fields, "clock", f.clockState());
        put(fields, "from", f.receivedFrom() == null ? null : f.receivedFrom().toString());
        put(fields, "to", f.receivedTo() == null ? null : f.receivedTo().toString());
        put(fields, "text", f.text());
        if (f.crossBorderOnly()) {
            fields.put("crossBorder", "true");
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static WorklistFilter decode(String query) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String status = fields.get("status");
        Set<String> statuses = status == null || status.isBlank()
                ? Set.of()
                : Arrays.stream(status.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return new WorklistFilter(
                statuses,
                fields.get("assignee"),
                fields.get("organisation"),
                fields.get("category"),
                fields.get("priority"),
                fields.get("clock"),
                date(fields.get("from")),
                date(fields.get("to")),
                fields.get("text"),
                "true".equals(fields.get("crossBorder")));
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.strip());
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // A saved filter written by an older version stays usable without the unreadable date.
            return null;
        }
    }
}
