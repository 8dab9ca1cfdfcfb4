package fr.vigie.complaints.domain;

/** A suggestion waits for a handler; only a person confirms or rejects a link. */
public enum LinkStatus {
    SUGGESTED,
    CONFIRMED,
    REJECTED
}
