package fr.vigie.platform.organisation.application;

/**
 * A row of the stock file that was not imported.
 *
 * @param line   where the row starts in the file (the header is line 1)
 * @param reason a message key of the organisation bundle ({@code import.reject.*})
 * @param detail the value at fault, shown with the reason
 */
public record SireneRejection(long line, String reason, String detail) {}
