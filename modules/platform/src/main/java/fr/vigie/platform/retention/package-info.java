/**
 * Vigie's own retention schedule (issue 20, docs/retention.md): the schedule's lines per module,
 * case type and outcome; legal holds; the scheduled task that pseudonymises and deletes closed
 * cases' personal data through the modules' {@link fr.vigie.platform.api.retention.PersonalDataHolder}s;
 * and data-subject requests about Vigie itself.
 */
package fr.vigie.platform.retention;
