package fr.vigie.complaints.domain;

/** Why two complaints were suggested as related. */
public enum LinkKind {
    /** Same SIREN (GDPR: the same controller). */
    SAME_ORGANISATION,
    /** Facts similar by trigram similarity, within the time window. */
    SIMILAR_FACTS,
    /** A handler linked them by hand. */
    MANUAL
}
