package fr.vigie.complaints.api;

/** Where a closed complaint was sent for follow-up by another module. */
public enum Referral {
    INSPECTION,
    SANCTIONS
}
