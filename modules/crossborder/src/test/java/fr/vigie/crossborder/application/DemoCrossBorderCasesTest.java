package fr.vigie.crossborder.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderCaseRepository;
import fr.vigie.crossborder.domain.Stage;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import fr.vigie.platform.api.security.CurrentUser;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo stories are accepted by the case's own verbs (played here on an in-memory repository,
 * without clocks or audit): dated before 2 April 2027, so under the GDPR alone, and a restart adds nothing.
 */
class DemoCrossBorderCasesTest {
    private final List<CrossBorderCase> stored = new ArrayList<>();
    private final List<String> clockOwners = new ArrayList<>();
    private final DemoCrossBorderCases demo = new DemoCrossBorderCases();

    DemoCrossBorderCasesTest() {
        CrossBorderCaseRepository repository = new CrossBorderCaseRepository() {
            @Override
            public Optional<CrossBorderCase> find(CrossBorderCaseId id) {
                return stored.stream().filter(c -> c.id().equals(id)).findFirst();
            }

            @Override
            public CrossBorderCaseId nextId(LocalDate openedOn) {
                return new CrossBorderCaseId(String.format("TF-%d-%06d", openedOn.getYear(), stored.size() + 1));
            }

            @Override
            public void add(CrossBorderCase c) {
                stored.add(c);
            }

            @Override
            public Optional<CrossBorderCase> openCaseAgainst(
                    Long organisationDirectoryId, String organisationName, SupervisoryAuthority lead) {
                return stored.stream()
                        .filter(c -> c.stage() != Stage.CLOSED
                                && c.lead() == lead
                                && c.organisationName().equalsIgnoreCase(organisationName))
                        .findFirst();
            }

            @Override
            public void flush() {}
        };
        CrossBorderActs acts = new CrossBorderActs();
        acts.cases = repository;
        acts.clocks = new CrossBorderClocks() {
            @Override
            void apply(CrossBorderCase c, String owner, String reason) {
                if (!c.takeClockRequests().isEmpty()) {
                    clockOwners.add(owner);
                }
                c.takeClockEnds();
            }
        };
        acts.eventLog = new CrossBorderEventLog() {
            @Override
            void write(CrossBorderCase c, String reason) {
                c.drainEvents();
            }
        };
        acts.currentUser = (CurrentUser) Proxy.newProxyInstance(
                CurrentUser.class.getClassLoader(), new Class<?>[] {CurrentUser.class}, (p, m, a) -> "system");
        demo.acts = acts;
        demo.cases = repository;
        demo.clock = Clock.fixed(java.time.Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/Paris"));
    }

    private void playAll() {
        demo.stories().forEach(story -> demo.play(story));
    }

    @Test
    void theStoriesPlayThroughTheCasesOwnVerbs() {
        CrossBorderCase fromComplaint = CrossBorderCase.open(
                new CrossBorderCaseId("TF-2026-000100"),
                LocalDate.of(2026, 9, 8),
                SupervisoryAuthority.FR,
                SupervisoryAuthority.IE,
                DemoCrossBorderCases.DEMO_COMPLAINT_ORGANISATION,
                null);
        fromComplaint.joinComplaint(new CaseRef("complaints", "PL-2026-000021"));
        stored.add(fromComplaint);
        assertTrue(demo.needed());

        playAll();

        CrossBorderCase led = demo.cases
                .openCaseAgainst(null, DemoCrossBorderCases.LED_HERE, SupervisoryAuthority.FR)
                .orElseThrow();
        assertEquals(Stage.INVESTIGATING, led.stage());
        assertEquals(2, led.concerned().size());
        assertEquals(Stage.INVESTIGATING, fromComplaint.stage());
        assertEquals(LocalDate.of(2026, 10, 18), fromComplaint.competenceConfirmedOn());
        CrossBorderCase closed = stored.get(stored.size() - 1);
        assertEquals(DemoCrossBorderCases.CLOSED, closed.organisationName());
        assertEquals(Stage.CLOSED, closed.stage());
        for (CrossBorderCase c : stored) {
            assertEquals(CrossBorderRules.GDPR_ONLY, c.rules(), c.id() + " is dated before 2 April 2027");
            assertFalse(c.organisationName().equals(c.organisationName().toUpperCase()), "names not in capitals");
        }
        assertFalse(demo.needed(), "a restart adds nothing");
        // The platform refuses a clock owned by the system account ("unknown user"): a person owns them.
        assertFalse(clockOwners.isEmpty(), "the stories start clocks");
        assertEquals(
                List.of(DemoCrossBorderCases.DEMO_CLOCK_OWNER),
                clockOwners.stream().distinct().toList());
    }

    @Test
    void withoutTheComplaintsDemoTheOtherStoriesStillPlay() {
        playAll();
        assertEquals(2, stored.size());
    }
}
