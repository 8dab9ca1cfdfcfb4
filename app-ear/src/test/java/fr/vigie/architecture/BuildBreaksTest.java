package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's static checks fire: Maven, run on the one-class projects under {@code build-fixtures/},
 * fails on a misformatted file (Spotless, palantir-java-format) and on an ERROR-level Error Prone
 * finding, and passes on the same class written correctly. The fixtures take the root pom as their
 * parent, so they are built with the real compiler and Spotless configuration, not a copy of it: a
 * change that turns either check off (a skipped check, a lowered severity, a plugin left unbound)
 * turns this test red. The layer, cycle and {@code @Version} rules are proven the same way by
 * {@link ArchitectureTest} on {@code fr.vigie.archfixture}.
 *
 * <p>Maven is the one running the outer build ({@code vigie.maven.home}, set by app-ear's surefire
 * configuration), with its offline mode, local repository and settings files; it runs from the
 * repository root so that {@code .mvn/jvm.config} (the jdk.compiler exports Error Prone needs) applies.
 * Each run takes 5 to 12 s.
 */
class BuildBreaksTest {
    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void aFormattingErrorFailsTheBuild() throws Exception {
        Run run = verify("format-error");
        assertNotEquals(0, run.exitCode, "the misformatted fixture built:\n" + run.output);
        assertTrue(
                run.output.contains("spotless-maven-plugin") && run.output.contains("had format violations"),
                "the build failed, but not on Spotless's check:\n" + run.output);
        assertTrue(run.output.contains("Threshold.java"), "Spotless did not name the bad file:\n" + run.output);
    }

    @Test
    void anErrorProneErrorFailsTheBuild() throws Exception {
        Run run = verify("errorprone-error");
        assertNotEquals(0, run.exitCode, "the fixture with an Error Prone error built:\n" + run.output);
        assertTrue(
                run.output.contains("[DeadException]") && run.output.contains("Compilation failure"),
                "the build failed, but not on Error Prone's DeadException:\n" + run.output);
    }

    @Test
    void theSameClassWrittenCorrectlyPassesTheSameBuild() throws Exception {
        Run run = verify("clean");
        assertEquals(
                0, run.exitCode, "the control fixture failed, so the other failures prove nothing:\n" + run.output);
    }

    /** {@code mvn verify} on one fixture: compile (Error Prone), package, then Spotless's check. */
    private static Run verify(String fixture) throws IOException, InterruptedException {
        String mavenHome = System.getProperty("vigie.maven.home", "");
        assumeTrue(
                !mavenHome.isBlank() && !mavenHome.startsWith("${"),
                "BuildBreaksTest runs under Maven only (vigie.maven.home is set by app-ear's surefire configuration)");
        Path root =
                Path.of(System.getProperty("vigie.root", "..")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("vigie.fixtures.output", "target/build-fixtures"))
                .toAbsolutePath()
                .resolve(fixture);
        deleteTree(output);
        Files.createDirectories(output);

        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> command = new ArrayList<>();
        command.add(Path.of(mavenHome, "bin", windows ? "mvn.cmd" : "mvn").toString());
        command.add("-B");
        command.add("-q");
        if (Boolean.parseBoolean(System.getProperty("vigie.maven.offline"))) {
            command.add("-o");
        }
        addIfFile(command, "-s", System.getProperty("vigie.maven.settings"));
        addIfFile(command, "-gs", System.getProperty("vigie.maven.global.settings"));
        String repo = System.getProperty("vigie.maven.repo", "");
        if (!repo.isBlank() && !repo.startsWith("${")) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.add("-f");
        command.add(root.resolve("build-fixtures")
                .resolve(fixture)
                .resolve("pom.xml")
                .toString());
        command.add("-Dvigie.format.skip=false");
        command.add("-Dvigie.fixture.output=" + output);
        command.add("verify");

        Path log = output.resolveSibling(fixture + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn verify on build-fixtures/" + fixture + " took over " + TIMEOUT_MINUTES
                    + " minutes:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf(
                "build-fixtures/%s: exit %d in %d ms (%s)%n",
                fixture, process.exitValue(), millis, String.join(" ", command));
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void addIfFile(List<String> command, String option, String file) {
        if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
            command.add(option);
            command.add(file);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Run(int exitCode, String output) {}
}
