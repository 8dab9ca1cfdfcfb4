package fr.vigie.platform.clock.domain;

/**
 * The codes of the legal policies of the default catalogue, for modules that start clocks.
 *
 * <p>Why constants: a module starting a clock must name an existing policy; a typo in a
 * string would only fail at run time, a typo in a constant does not compile. A test checks
 * that these constants and the catalogue resource list exactly the same codes.
 */
public final class PolicyCodes {

    // Complaints
    public static final String COMPLAINT_ACKNOWLEDGEMENT = "COMPLAINT_ACKNOWLEDGEMENT";
    public static final String GDPR_ART_78_2_INFORM_COMPLAINANT = "GDPR_ART_78_2_INFORM_COMPLAINANT";
    public static final String COMPLAINT_INSTRUCTION_REQUEST_ANSWER = "COMPLAINT_INSTRUCTION_REQUEST_ANSWER";

    // Inspections
    public static final String INSPECTION_OBSERVATIONS = "INSPECTION_OBSERVATIONS";

    // Sanctions
    public static final String FORMAL_NOTICE_COMPLIANCE = "FORMAL_NOTICE_COMPLIANCE";
    public static final String SANCTION_REPORT_REPLY = "SANCTION_REPORT_REPLY";
    public static final String RAPPORTEUR_ANSWER = "RAPPORTEUR_ANSWER";
    public static final String HEARING_NOTICE = "HEARING_NOTICE";
    public static final String CONSEIL_ETAT_APPEAL = "CONSEIL_ETAT_APPEAL";
    public static final String CONSEIL_ETAT_APPEAL_ABROAD = "CONSEIL_ETAT_APPEAL_ABROAD";
    public static final String GDPR_ART_60_4_OBJECTION = "GDPR_ART_60_4_OBJECTION";
    public static final String GDPR_ART_60_5_REVISED_DRAFT_OBJECTION = "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION";

    // Research-authorisation dossiers, national procedure
    public static final String NATIONAL_COMMITTEE_OPINION = "NATIONAL_COMMITTEE_OPINION";
    public static final String NATIONAL_AUTHORISATION_DECISION = "NATIONAL_AUTHORISATION_DECISION";

    // Research-authorisation dossiers, both procedures: the authority's service standard
    public static final String DOSSIER_COMPLETENESS_CHECK = "DOSSIER_COMPLETENESS_CHECK";

    // Research-authorisation dossiers, EHDS (Regulation (EU) 2025/327)
    public static final String EHDS_ART_67_COMPLETE_APPLICATION = "EHDS_ART_67_COMPLETE_APPLICATION";
    public static final String EHDS_ART_68_4_PERMIT_DECISION = "EHDS_ART_68_4_PERMIT_DECISION";
    public static final String EHDS_ART_68_6_ACCELERATED_DECISION = "EHDS_ART_68_6_ACCELERATED_DECISION";
    public static final String EHDS_ART_60_2_DATA_HOLDER_DELIVERY = "EHDS_ART_60_2_DATA_HOLDER_DELIVERY";
    public static final String EHDS_ART_68_7_DATA_AVAILABILITY = "EHDS_ART_68_7_DATA_AVAILABILITY";
    public static final String EHDS_ART_69_4_DATA_REQUEST_DECISION = "EHDS_ART_69_4_DATA_REQUEST_DECISION";
    public static final String EHDS_ART_69_4_DATA_REQUEST_RESULT = "EHDS_ART_69_4_DATA_REQUEST_RESULT";
    public static final String EHDS_ART_57_1_J_PUBLICATION = "EHDS_ART_57_1_J_PUBLICATION";
    public static final String EHDS_ART_68_12_PERMIT_DURATION = "EHDS_ART_68_12_PERMIT_DURATION";
    public static final String EHDS_ART_68_12_DATA_DELETION = "EHDS_ART_68_12_DATA_DELETION";
    public static final String EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST = "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST";
    public static final String EHDS_TARGET_PSEUDONYMISED_ACCESS = "EHDS_TARGET_PSEUDONYMISED_ACCESS";
    public static final String EHDS_TARGET_ANONYMISED_ACCESS = "EHDS_TARGET_ANONYMISED_ACCESS";

    // Cross-border cases, Regulation (EU) 2025/2518 (Chapter II from 2 April 2027, Chapter III after it: Art. 36)
    public static final String GDPR_PR_ART_4_2_INADMISSIBILITY = "GDPR_PR_ART_4_2_INADMISSIBILITY";
    public static final String GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE = "GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE";
    // Their codes name what they govern (kept when their articles were read: Art. 4(5), 12(1), 12(6))
    public static final String GDPR_PR_COMPLAINT_TRANSMISSION = "GDPR_PR_COMPLAINT_TRANSMISSION";
    public static final String GDPR_PR_INVESTIGATION = "GDPR_PR_INVESTIGATION";
    public static final String GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION = "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION";
    public static final String GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION = "GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION";
    public static final String GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION =
            "GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION";
    public static final String GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY = "GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY";
    public static final String GDPR_PR_ART_21_1_FINAL_DECISION = "GDPR_PR_ART_21_1_FINAL_DECISION";

    private PolicyCodes() {}
}
