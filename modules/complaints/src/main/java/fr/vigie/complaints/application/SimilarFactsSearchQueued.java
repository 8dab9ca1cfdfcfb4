package fr.vigie.complaints.application;

/** A complaint was queued for its similar-facts search; observed once its transaction has committed. */
public record SimilarFactsSearchQueued(long complaintId) {}
