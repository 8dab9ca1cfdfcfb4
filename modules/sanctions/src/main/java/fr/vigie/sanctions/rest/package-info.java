/**
 * REST resources: {@code /api/sanctions} for the staff (problem+json naming the field at fault;
 * 403 for a separation-of-duties refusal) and {@code /api/public/sanctions}, open without login.
 */
package fr.vigie.sanctions.rest;
