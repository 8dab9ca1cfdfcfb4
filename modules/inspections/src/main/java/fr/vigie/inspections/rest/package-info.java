/**
 * {@code /api/inspections}: open, list (paged, filtered and sorted by the database), read, and every
 * act of the lifecycle; refusals come back as RFC 9457 problem+json naming the field (platform mappers).
 */
package fr.vigie.inspections.rest;
