package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Intake edges: identical submissions at the same moment, and the yearly reference numbers under concurrency. */
class ComplaintIntakeIT extends RunningVigie {
    private static final String FACTS = "Le site dépose des cookies publicitaires avant tout consentement de ma part.";

    /** Runs the calls at the same moment (released together) and returns their replies. */
    private static List<Api.Reply> together(List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameTimeCreateOneComplaint() throws Exception {
        String siren = Complaints.uniqueSiren();
        String key = "web-" + UUID.randomUUID();
        String json = Complaints.intakeJson(siren, FACTS, key);
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> Api.as("handler").postJson("complaints", json));
        }
        List<Api.Reply> replies = together(calls);
        Set<String> references = new TreeSet<>();
        int created = 0;
        for (Api.Reply r : replies) {
            assertTrue(r.status() == 201 || r.status() == 200, r.toString());
            created += r.status() == 201 ? 1 : 0;
            references.add(r.json().getString("reference"));
        }
        assertEquals(1, created, "one creation, the others are told the same reference");
        assertEquals(1, references.size(), references.toString());
        Api.Reply list = Api.as("handler").get("complaints?organisation=" + siren + "&limit=10");
        assertEquals(1, list.json().getJsonNumber("total").intValue(), list.text());
    }

    @Test
    void referencesAreNumberedPerYearWithoutGapsOrDuplicatesUnderConcurrency() throws Exception {
        int year = LocalDate.now().getYear() - 7;
        String receivedOn = LocalDate.of(year, 6, 15).toString();
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String json = Complaints.intakeJson(Complaints.uniqueSiren(), FACTS, null)
                    .replace("\"channel\":\"WEB_FORM\"", "\"channel\":\"MAIL\",\"receivedOn\":\"" + receivedOn + "\"");
            calls.add(() -> Api.as("handler").postJson("complaints", json));
        }
        List<Long> numbers = new ArrayList<>();
        for (Api.Reply r : together(calls)) {
            assertEquals(201, r.status(), r.toString());
            String reference = r.json().getString("reference");
            assertTrue(reference.startsWith("PL-" + year + "-"), reference);
            numbers.add(Long.parseLong(reference.substring(8)));
        }
        numbers.sort(null);
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "consecutive numbers: " + numbers);
        }
        // The current year has its own count: it does not continue the numbers of that earlier year.
        String now = Complaints.create(Complaints.uniqueSiren(), FACTS).getString("reference");
        assertTrue(now.startsWith("PL-" + LocalDate.now().getYear() + "-"), now);
    }
}
