package fr.vigie.platform.migration;

import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.migration.ModuleSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds a module's migration scripts by reading the module's own jar (or classes directory)
 * instead of asking the class loader to list a folder: Liberty's application class loaders do
 * not list folders, which defeats Flyway's class-path scanner ("Unable to resolve location").
 */
final class PackagedMigrations implements ResourceProvider {
    private final ClassLoader loader;
    private final String location;
    private final List<String> filenames;

    PackagedMigrations(ModuleSchema schema) {
        this.loader = schema.classLoader();
        this.location = schema.migrationLocation();
        this.filenames = listScripts(schema.getClass(), location);
        if (filenames.isEmpty()) {
            throw new FlywayException(
                    "No migration scripts found under " + location + " for schema " + schema.schema());
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        String filename = name.substring(name.lastIndexOf('/') + 1);
        return filenames.contains(filename) ? new Script(filename) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String filename : filenames) {
            if (filename.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(filename::endsWith)) {
                found.add(new Script(filename));
            }
        }
        return found;
    }

    @BroadCatch("Any failure to read the packaged scripts is wrapped, with its cause, in Flyway's exception.")
    static List<String> listScripts(Class<?> owner, String location) {
        try {
            URL source = owner.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(source.toURI());
            return Files.isDirectory(path) ? fromDirectory(path.resolve(location)) : fromJar(path, location);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new FlywayException(
                    "Cannot list the migration scripts of " + owner.getName() + " under " + location, e);
        }
    }

    private static List<String> fromDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> fromJar(Path jar, String location) throws IOException {
        String prefix = location.endsWith("/") ? location : location + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".sql") && n.indexOf('/', prefix.length()) < 0)
                    .map(n -> n.substring(prefix.length()))
                    .sorted()
                    .toList();
        }
    }

    /** One script, read through the module's class loader when Flyway needs its text. */
    private final class Script extends LoadableResource {
        private final String filename;

        Script(String filename) {
            this.filename = filename;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(location + "/" + filename);
            if (in == null) {
                throw new UncheckedIOException(
                        new IOException("Migration script vanished: " + location + "/" + filename));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return location + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
