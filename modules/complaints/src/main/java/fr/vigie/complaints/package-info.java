/**
 * Complaints (DOMAIN.md §1): intake from any channel, acknowledgement, qualification,
 * assignment, instruction and closure with an outcome, under the acknowledgement clock and the
 * GDPR Art. 78(2) clock; related complaints and campaigns; an explainable priority; letters.
 * Other modules may only use {@link fr.vigie.complaints.api}.
 */
package fr.vigie.complaints;
