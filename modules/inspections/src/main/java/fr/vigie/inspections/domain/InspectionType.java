package fr.vigie.inspections.domain;

/** How the inspection is carried out (GDPR Art. 58(1); loi 78-17 art. 19). */
public enum InspectionType {
    ON_SITE,
    ONLINE,
    DOCUMENTS,
    HEARING
}
