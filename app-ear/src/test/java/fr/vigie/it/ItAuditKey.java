package fr.vigie.it;

import fr.vigie.platform.audit.domain.AuditReasonKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit reason key the test server runs with (ADR 10), read from its own configuration (the
 * copy of {@code config/test/vigie-env.xml} in the server directory), so that a test can compute the
 * digests the server computes and walk the chain as the server does, without a second copy of it.
 */
public final class ItAuditKey {
    private static final Pattern VARIABLE =
            Pattern.compile("name=\"vigie\\.audit\\.reason-key\"\\s+value=\"([^\"]+)\"");

    private ItAuditKey() {}

    public static AuditReasonKey key() {
        String server = System.getProperty("arq.container.liberty.configuration.serverName", "vigie-test");
        Path env = Path.of("target/liberty/wlp/usr/servers", server, "vigie-env.xml");
        if (!Files.exists(env)) {
            env = Path.of("..", "config", "test", "vigie-env.xml");
        }
        try {
            Matcher found = VARIABLE.matcher(Files.readString(env));
            if (!found.find()) {
                throw new IllegalStateException("No vigie.audit.reason-key in " + env.toAbsolutePath());
            }
            return AuditReasonKey.of(found.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the test server's configuration " + env.toAbsolutePath(), e);
        }
    }
}
