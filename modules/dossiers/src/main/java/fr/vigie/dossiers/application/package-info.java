/**
 * Use cases on dossiers: transactions, roles, audit, legal clocks (through the platform's
 * {@code LegalClocks}), referral to the committee (through the committee's published API), tacit
 * outcomes when a national period runs out, permits rendered as PDF, demo data.
 */
package fr.vigie.dossiers.application;
