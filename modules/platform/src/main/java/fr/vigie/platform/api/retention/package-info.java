/**
 * Vigie's own personal data (GDPR Art. 5(1)(e), issue 20): what a module tells the platform so
 * that the retention schedule, legal holds and data-subject requests reach its cases without the
 * platform reading its tables. A module that holds people's data publishes one
 * {@link fr.vigie.platform.api.retention.PersonalDataHolder}; modules place and release
 * {@link fr.vigie.platform.api.retention.LegalHolds} on cases that must stay whole.
 */
package fr.vigie.platform.api.retention;
