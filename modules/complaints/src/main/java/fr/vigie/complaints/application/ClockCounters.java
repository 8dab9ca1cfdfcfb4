package fr.vigie.complaints.application;

/** Open complaints whose GDPR Art. 78(2) clock is at risk or breached. */
public record ClockCounters(long atRisk, long breached) {}
