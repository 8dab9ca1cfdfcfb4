/**
 * Research-authorisation dossiers: the {@link fr.vigie.dossiers.domain.Dossier} aggregate and its
 * state machine for the national procedure (loi 78-17) and the EHDS procedures (Regulation (EU)
 * 2025/327 Art. 67 and 69), the applicant's content with its rules (Art. 53 purposes, Art. 54
 * declarations, SIREN checksum, fees), the decision and the data permit (Art. 68(10), 68(12)).
 * No framework code beyond JPA mapping: the rules are tested with plain JUnit.
 */
package fr.vigie.dossiers.domain;
