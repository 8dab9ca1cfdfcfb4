package fr.vigie.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputCharactersTest {

    @Test
    void textWithTabsAndLineBreaksIsAccepted() {
        assertNull(
                InputCharacters.firstControlCharacter(Map.of("facts", new String[] {"line one\r\nline\ttwo é <b>"})));
    }

    @Test
    void nulEscapeAndDeleteAreRefusedNamingTheParameter() {
        assertEquals(
                "listForm:text",
                InputCharacters.firstControlCharacter(Map.of("listForm:text", new String[] {"a\u0000b"})));
        assertTrue(InputCharacters.hasControl("\u001b[31m"));
        assertTrue(InputCharacters.hasControl("x\u007f"));
        assertEquals("a?b", InputCharacters.firstControlCharacter(Map.of("a\u0007b", new String[] {"ok"})));
    }

    @Test
    void databaseFailuresAreClassifiedBySqlState() {
        SQLException tooLong = new SQLException("value too long", "22001");
        assertTrue(DatabaseFailures.refusedValue(tooLong));
        assertFalse(DatabaseFailures.unavailable(tooLong));
        assertTrue(DatabaseFailures.unavailable(new SQLException("connection refused", "08001")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("read-only", DatabaseFailures.READ_ONLY)));
        assertTrue(DatabaseFailures.unavailable(new SQLTransientConnectionException("pool")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("syntax", "42601")));
        assertSame(tooLong, DatabaseFailures.sqlCause(new IllegalStateException(new RuntimeException(tooLong))));
    }
}
