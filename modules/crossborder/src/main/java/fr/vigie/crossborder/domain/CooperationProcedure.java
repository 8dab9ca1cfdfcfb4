package fr.vigie.crossborder.domain;

/**
 * How the lead authority cooperates with the authorities concerned. The simple cooperation
 * procedure exists only under Regulation (EU) 2025/2518 (Art. 6): the lead authority announces it
 * within six weeks of confirming its competence (Art. 6(2)), and some steps of the standard
 * procedure then do not apply (Art. 6(1), second subparagraph).
 */
public enum CooperationProcedure {
    STANDARD,
    SIMPLE
}
