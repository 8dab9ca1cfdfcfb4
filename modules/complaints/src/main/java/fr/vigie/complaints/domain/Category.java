package fr.vigie.complaints.domain;

/** What a complaint is about. Several may apply; some weigh in the priority (see {@link PriorityRules}). */
public enum Category {
    HEALTH_DATA,
    MINORS,
    SECURITY_BREACH,
    ARTIFICIAL_INTELLIGENCE,
    MARKETING,
    ACCESS_RIGHT,
    ERASURE_RIGHT,
    VIDEO_SURVEILLANCE,
    EMPLOYMENT,
    BANKING_AND_CREDIT,
    OTHER
}
