package fr.vigie.complaints.domain;

/** How the complaint reached the authority. */
public enum Channel {
    WEB_FORM,
    MAIL,
    STAFF_INTAKE,
    EU_AUTHORITY_TRANSFER
}
