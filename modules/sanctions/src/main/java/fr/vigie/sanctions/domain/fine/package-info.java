/**
 * The fine rules of a sanction decision: the lawful caps ({@link fr.vigie.sanctions.domain.fine.FineCaps},
 * GDPR Art. 83(3) to 83(6), loi 78-17 art. 20 and 22-1) and the fine calculation assistant
 * ({@link fr.vigie.sanctions.domain.fine.FineAssistant}, EDPB Guidelines 04/2022). Pure domain code:
 * no persistence, no container; the decision code calls it and a person decides.
 */
package fr.vigie.sanctions.domain.fine;
