package fr.vigie.complaints.domain;

/**
 * The complaint's own document in a transmission to the lead authority. When the complainant
 * claimed confidentiality only the non-confidential version may leave the authority; the other
 * documents sent are named by the handler.
 */
public enum TransmittedDocument {
    /** The complaint as received. */
    COMPLAINT,
    /** The complaint without what the complainant asked to keep confidential. */
    COMPLAINT_NON_CONFIDENTIAL_VERSION
}
