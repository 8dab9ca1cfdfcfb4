package fr.vigie.it.resilience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clean start logs no error: a new user reads an {@code ERROR} or an error-severity line as a
 * failure, and a real failure must stand out. Reads the server's log from its last launch to the
 * line that says the application started (messages are in the machine's language, so the message
 * codes are what is matched).
 */
class StartupLogIT extends RunningVigie {
    /** Liberty's error severity ("E") or a library writing ERROR through another logger. */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^\\]]+] \\S+ \\S+\\s+E |\\bERROR\\b");
    /** CWWKE0001I: the server was launched; CWWKZ0001I: an application started. */
    private static final String SERVER_LAUNCHED = "CWWKE0001I";

    private static final String APPLICATION_STARTED = "CWWKZ0001I";

    @Test
    void aCleanStartLogsNoError() throws IOException {
        List<String> lines = serverLog();
        int launched = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(SERVER_LAUNCHED)) {
                launched = i;
            }
        }
        List<String> startup = new ArrayList<>();
        boolean started = false;
        for (int i = Math.max(0, launched); i < lines.size() && !started; i++) {
            startup.add(lines.get(i));
            started = lines.get(i).contains(APPLICATION_STARTED);
        }
        assertTrue(started, "no start-up in the server's log");
        List<String> errors =
                startup.stream().filter(l -> ERROR_LINE.matcher(l).find()).toList();
        System.out.printf("[StartupLogIT] %d start-up log lines, %d error lines%n", startup.size(), errors.size());
        assertTrue(errors.isEmpty(), "errors logged during a clean start:\n" + String.join("\n", errors));
    }

    /**
     * The server's log files in the order they were written: Liberty renames a full log (and the
     * previous run's log, at start) with a timestamp and goes on in {@code messages.log}.
     */
    private static List<String> serverLog() throws IOException {
        String server = System.getProperty("arq.container.liberty.configuration.serverName", "vigie-test");
        Path logs = Path.of("target/liberty/wlp/usr/servers", server, "logs");
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(p -> p.getFileName().toString().startsWith("messages_"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        files.add(logs.resolve("messages.log"));
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return lines;
    }
}
