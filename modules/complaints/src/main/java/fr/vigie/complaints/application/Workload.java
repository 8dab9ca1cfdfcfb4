package fr.vigie.complaints.application;

/** A handler's current open complaints, shown when assigning. */
public record Workload(String handler, long open) {}
