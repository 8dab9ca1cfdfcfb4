package fr.vigie.dossiers.domain;

/**
 * The uses of health data that Regulation (EU) 2025/327 Art. 54(a)-(e) prohibits. The applicant
 * signs a declaration against each one; a dossier cannot be submitted without all five.
 */
public enum ProhibitedUse {
    /** (a) decisions detrimental to a natural person or a group based on their health data. */
    A_DETRIMENTAL_DECISIONS,
    /** (b) decisions excluding from insurance or job offers, or changing contributions and premiums. */
    B_INSURANCE_AND_EMPLOYMENT,
    /** (c) advertising or marketing towards health professionals, organisations or natural persons. */
    C_ADVERTISING,
    /** (d) developing products or services that may harm individuals, public health or society. */
    D_HARMFUL_PRODUCTS,
    /** (e) activities in conflict with ethical provisions laid down in national law. */
    E_UNETHICAL_ACTIVITIES
}
