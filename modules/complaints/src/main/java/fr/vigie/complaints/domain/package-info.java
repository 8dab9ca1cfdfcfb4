/**
 * The complaint aggregate and its rules: the lifecycle as a state machine with business verbs,
 * value objects (complainant, qualification, priority decision; SIRENs and SIRETs are the kernel's),
 * the explainable priority rules and related-complaint links. No persistence, web or
 * application code here; JPA annotations only describe how the state is stored.
 */
package fr.vigie.complaints.domain;
