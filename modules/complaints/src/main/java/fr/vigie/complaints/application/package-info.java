/**
 * The complaint use cases: each a method of a stateless bean, in one transaction, allowed to
 * named roles, checking the version the person saw, auditing what changed and why, and keeping
 * the platform's legal clocks in step (through {@link fr.vigie.complaints.application.ComplaintClocks}).
 */
package fr.vigie.complaints.application;
