/**
 * Backing beans of the inspection pages (under {@code META-INF/resources/inspections/}): list, file,
 * new inspection and breach notification, programme board, declarations of interest, reference data,
 * risk ranking, and the home-page widgets of the head of inspections, the inspectors and the president.
 */
package fr.vigie.inspections.web;
