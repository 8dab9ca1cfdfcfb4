package fr.vigie.sanctions.rest;

/** A member's declaration of interest: the organisation by SIREN/SIRET or by name, and what the interest is. */
public record InterestRequest(String organisationNumber, String organisationName, String description) {}
