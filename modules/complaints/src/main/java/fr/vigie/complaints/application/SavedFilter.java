package fr.vigie.complaints.application;

/** A work-list filter a user saved under a name, for themselves only. */
public record SavedFilter(long id, String name, WorklistFilter filter) {}
