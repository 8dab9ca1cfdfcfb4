package fr.vigie.platform.api.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobRunsTest {

    @Test
    void theDueTimeIsTheMinuteTheTimerFiredAt() {
        assertEquals(Instant.parse("2026-12-07T02:10:00Z"), JobRuns.dueTime(Instant.parse("2026-12-07T02:10:00Z")));
        // Fired late, within the minute: still that minute's run, on every server.
        assertEquals(Instant.parse("2026-12-07T02:10:00Z"), JobRuns.dueTime(Instant.parse("2026-12-07T02:10:59.999Z")));
        // A minute late is another due time (the class comment's limit).
        assertEquals(Instant.parse("2026-12-07T02:11:00Z"), JobRuns.dueTime(Instant.parse("2026-12-07T02:11:00.001Z")));
    }

    @Test
    void theServerIsNamedByLibertysNameAndTheHost() {
        assertEquals("vigie-a@app1", JobRuns.serverLabel(Optional.of("vigie-a"), "app1"));
    }

    @Test
    void withoutALibertyNameTheJvmsPidNamesTheServer() {
        String pid = "pid" + ProcessHandle.current().pid() + "@app1";
        assertEquals(pid, JobRuns.serverLabel(Optional.empty(), "app1"));
        assertEquals(pid, JobRuns.serverLabel(Optional.of("${wlp.server.name}"), "app1"), "an unresolved variable");
    }

    @Test
    void theLabelFitsItsColumn() {
        assertTrue(JobRuns.serverLabel(Optional.of("s".repeat(300)), "h").length() <= 200);
    }
}
