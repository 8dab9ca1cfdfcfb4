/**
 * The read-access log (issue 20): an append-only record of who opened a case file, downloaded a
 * document or ran an export holding personal data; kept for a configurable period (at least a
 * year) and then purged; an alert when one person reads unusually many files in an hour. Other
 * modules record through {@link fr.vigie.platform.api.access.ReadAccessLog}; auditors query it on
 * a screen and through the API. See docs/access-log.md.
 */
package fr.vigie.platform.access;
