/** The REST API of cross-border cases, {@code /api/cross-border-cases}. */
package fr.vigie.crossborder.rest;
