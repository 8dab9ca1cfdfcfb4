package fr.vigie.sanctions.domain;

/** The measures the committee may impose (loi 78-17 art. 20). */
public enum MeasureType {
    CALL_TO_ORDER,
    INJUNCTION,
    LIMITATION,
    SUSPENSION,
    FINE
}
