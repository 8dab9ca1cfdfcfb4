package fr.vigie.complaints.domain;

/** How urgently a complaint is handled. */
public enum PriorityLevel {
    LOW,
    MEDIUM,
    HIGH
}
