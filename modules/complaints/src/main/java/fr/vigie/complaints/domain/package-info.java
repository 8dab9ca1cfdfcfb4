/**
 * The complaint aggregate and its rules: the lifecycle as a state machine with business verbs,
 * value objects (organisation identifier with its Luhn checksum, complainant, qualification),
 * the explainable priority rules and related-complaint links. No persistence, web or
 * application code here; JPA annotations only describe how the state is stored.
 */
package fr.vigie.complaints.domain;
