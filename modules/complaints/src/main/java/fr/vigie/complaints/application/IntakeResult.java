package fr.vigie.complaints.application;

/** The complaint an intake produced; {@code created} is false when the submission key was already known. */
public record IntakeResult(String reference, boolean created) {}
