/** The read-access log, as other modules use it: record that personal data was read. */
package fr.vigie.platform.api.access;
