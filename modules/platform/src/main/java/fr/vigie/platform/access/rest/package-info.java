/** The read-access log's API for auditors ({@code /api/access-log}). */
package fr.vigie.platform.access.rest;
