/**
 * The organisation 360° page's extension point (ADR 9): each business module contributes its
 * section of an organisation's profile — counts, rows and timeline entries found through its own
 * queries — and names the roles that may read it. The platform collects the contributions through
 * CDI, asks only those the reader may read, and merges their timelines.
 */
package fr.vigie.platform.api.organisation.profile;
