package fr.vigie.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A tiny SMTP server for the tests (plain SMTP, no extensions): it accepts every message and keeps
 * its envelope recipients and data, so a test can check what the application mailed. The test
 * server mails to {@code localhost:${it.smtp.port}} ({@code config/test/vigie-env.xml}).
 */
public final class SmtpSink implements AutoCloseable {
    /** A received message: the envelope's recipients (blind copies included) and the raw data. */
    public record Received(List<String> recipients, String data) {}

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static int configuredPort() {
        return Integer.parseInt(System.getProperty("vigie.it.smtp.port", "2525"));
    }

    /** Waits (polling, at most {@code timeout}) for a message matching {@code wanted}. */
    public Received await(Predicate<Received> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching mail within " + timeout + "; received: " + received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(15_000);
                converse(socket);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                System.err.println("[smtp-sink] " + e);
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 localhost test sink");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 localhost");
                case "MAIL" -> {
                    recipients = new ArrayList<>();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append('\n');
                    }
                    received.add(new Received(List.copyOf(recipients), data.toString()));
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
