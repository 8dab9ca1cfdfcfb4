package fr.vigie.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backup and restore of the embedded database, with PostgreSQL's documented low-level base
 * backup API over JDBC (the embedded binaries have no pg_dump nor pg_basebackup):
 * {@code pg_backup_start()}, a copy of the data directory while the server runs, {@code pg_backup_stop()},
 * whose backup label goes into the copy with the WAL written from the backup's start to its end. A
 * restored copy starts like a server after a crash: it replays that WAL up to a consistent state.
 * Runs on the database's machine (it reads the data directory PostgreSQL reports).
 *
 * <pre>
 * backup  [target-directory]                 (default: backups/vigie-&lt;timestamp&gt;)
 * restore &lt;backup-directory&gt; &lt;data-directory&gt;   (the data directory must be empty or absent)
 * </pre>
 * The database is found with VIGIE_DB_PORT (default 54329) on localhost, as the superuser the embedded
 * server trusts locally.
 */
public final class BackupTool {
    static final String MANIFEST = "vigie-backup.properties";
    private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    /** Contents PostgreSQL's documentation says to leave out of a base backup (directories kept, empty). */
    private static final Set<String> EMPTY_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private static final Set<String> SKIPPED_FILES =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

    private BackupTool() {}

    /** What a backup holds. */
    public record Result(Path directory, String startLsn, String stopLsn, long files, long bytes, int walSegments) {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(
                System.getenv().getOrDefault("VIGIE_DB_PORT", "54329").trim());
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "backup" -> {
                Path target = args.length > 1 && !args[1].isBlank()
                        ? Path.of(args[1])
                        : Path.of(
                                "backups",
                                "vigie-"
                                        + Instant.now()
                                                .toString()
                                                .replace(":", "")
                                                .replace(".", "-"));
                Result r = backup("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", target);
                System.out.printf(
                        "[vigie] Backup done in %s: %d files, %.1f MB, WAL %s to %s (%d segment(s)).%n",
                        r.directory().toAbsolutePath(),
                        r.files(),
                        r.bytes() / 1e6,
                        r.startLsn(),
                        r.stopLsn(),
                        r.walSegments());
            }
            case "restore" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("restore <backup-directory> <data-directory>");
                }
                restore(Path.of(args[1]), Path.of(args[2]));
                System.out.println("[vigie] Restored into " + Path.of(args[2]).toAbsolutePath()
                        + ": start Vigie on it (the database replays its WAL to the backup's end at start-up).");
            }
            default -> {
                System.out.println(
                        "[vigie] Usage: backup [target-directory] | restore <backup-directory> <data-directory>");
                System.exit(2);
            }
        }
    }

    /**
     * Backs up the running server to {@code target} (created; must not exist or be empty). Writes go
     * on during the copy: the WAL copied with it makes the result consistent.
     */
    public static Result backup(String jdbcUrl, String superuser, String password, Path target)
            throws SQLException, IOException {
        requireEmpty(target);
        Files.createDirectories(target);
        try (Connection c = DriverManager.getConnection(jdbcUrl, superuser, password);
                Statement s = c.createStatement()) {
            Path data = Path.of(single(s, "SHOW data_directory"));
            String startLsn = single(s, "SELECT pg_backup_start('vigie " + Instant.now() + "', true)::text");
            long[] counts;
            String stopLsn;
            String label;
            String tablespaceMap;
            try {
                counts = copyTree(data, target);
            } finally {
                // Ends the backup even when the copy failed (the session would end it anyway when closed).
                try (ResultSet rs =
                        s.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    rs.next();
                    stopLsn = rs.getString(1);
                    label = rs.getString(2);
                    tablespaceMap = rs.getString(3);
                }
            }
            Files.writeString(target.resolve("backup_label"), label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                Files.writeString(target.resolve("tablespace_map"), tablespaceMap);
            }
            int segments = copyWal(data.resolve("pg_wal"), target.resolve("pg_wal"), startSegment(label));
            Properties manifest = new Properties();
            manifest.setProperty("taken", Instant.now().toString());
            manifest.setProperty("start.lsn", startLsn);
            manifest.setProperty("stop.lsn", stopLsn);
            manifest.setProperty("server.version", single(s, "SHOW server_version"));
            manifest.setProperty("files", Long.toString(counts[0]));
            manifest.setProperty("bytes", Long.toString(counts[1]));
            try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
                manifest.store(
                        out, "Vigie online backup (pg_backup_start/pg_backup_stop); restore with BackupTool restore");
            }
            return new Result(target, startLsn, stopLsn, counts[0], counts[1], segments);
        }
    }

    /** Copies a backup into an empty data directory, ready for PostgreSQL to start on. */
    public static void restore(Path backup, Path dataDirectory) throws IOException {
        if (!Files.isRegularFile(backup.resolve("backup_label")) || !Files.isRegularFile(backup.resolve(MANIFEST))) {
            throw new IllegalArgumentException(backup + " is not a Vigie backup (no backup_label or " + MANIFEST + ")");
        }
        requireEmpty(dataDirectory);
        Files.createDirectories(dataDirectory);
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = backup.relativize(source);
                if (relative.toString().equals(MANIFEST)) {
                    continue;
                }
                Path destination = dataDirectory.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // PostgreSQL refuses a data directory others can read.
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
    }

    private static void requireEmpty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(
                            directory.toAbsolutePath() + " is not empty: choose an empty or new directory");
                }
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String startSegment(String label) {
        Matcher m = START_WAL.matcher(label);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected backup label: " + label);
        }
        return m.group(1);
    }

    /** Files may change or vanish while they are copied: the WAL replayed at restore repairs them. */
    private static long[] copyTree(Path data, Path target) throws IOException {
        long[] counts = new long[2];
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = data.relativize(dir);
                Files.createDirectories(target.resolve(relative.toString()));
                if (relative.getNameCount() == 1 && EMPTY_DIRECTORIES.contains(relative.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return dir.getFileName() != null && dir.getFileName().toString().startsWith("pgsql_tmp")
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = data.relativize(file);
                if (relative.getNameCount() == 1
                        && (SKIPPED_FILES.contains(relative.toString())
                                || relative.toString().endsWith(".lock"))) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.REPLACE_EXISTING);
                    counts[0]++;
                    counts[1] += attrs.size();
                } catch (NoSuchFileException e) {
                    // dropped meanwhile (a temporary or truncated relation): the WAL says so too
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return counts;
    }

    /** The WAL segments from the backup's start on (the end-of-backup record is in the last one). */
    private static int copyWal(Path wal, Path target, String startSegment) throws IOException {
        Files.createDirectories(target.resolve("archive_status"));
        List<Path> segments = new ArrayList<>();
        try (Stream<Path> files = Files.list(wal)) {
            files.filter(p -> WAL_SEGMENT.matcher(p.getFileName().toString()).matches())
                    .filter(p -> p.getFileName().toString().compareTo(startSegment) >= 0)
                    .sorted()
                    .forEach(segments::add);
        }
        if (segments.isEmpty() || !segments.get(0).getFileName().toString().equals(startSegment)) {
            throw new IllegalStateException("WAL segment " + startSegment + " is no longer in " + wal
                    + ": the backup cannot be restored (raise wal_keep_size)");
        }
        for (Path segment : segments) {
            try {
                Files.copy(
                        segment, target.resolve(segment.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            } catch (NoSuchFileException e) {
                throw new UncheckedIOException("WAL segment removed during the backup: " + segment, e);
            }
        }
        return segments.size();
    }
}
