/** {@code /api/organisations}: the directory over HTTP, RFC 9457 problems for refusals. */
package fr.vigie.platform.organisation.rest;
