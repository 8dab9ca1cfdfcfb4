package fr.vigie.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: Arquillian starts the managed Liberty once for the suite (the
 * EAR is part of the test server's configuration, so nothing is redeployed per class), and each
 * class waits until the application reports ready.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class RunningVigie {
    private static volatile boolean ready;

    protected static String baseUrl() {
        return System.getProperty("vigie.it.base.url", "http://localhost:9181/vigie");
    }

    protected static String serverRoot() {
        String base = baseUrl();
        return base.substring(0, base.indexOf('/', "http://".length()));
    }

    @BeforeAll
    static void awaitApplication() throws InterruptedException {
        if (ready) {
            return;
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(serverRoot() + "/health/ready");
        // A loaded machine may need longer: -Dvigie.it.ready.minutes=N (the default stays 4).
        long deadline = System.nanoTime()
                + Duration.ofMinutes(Long.getLong("vigie.it.ready.minutes", 4)).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (last == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Vigie did not become ready at " + health + " (last status " + last + ")");
    }
}
