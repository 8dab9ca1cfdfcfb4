package fr.vigie.complaints.domain;

/**
 * The information a complaint concerning cross-border processing must give, and the only
 * information that may be required of the complainant: Regulation (EU) 2025/2518 Art. 4(1) (the
 * annex form). A complaint lacking one of them is declared inadmissible within two weeks, with the
 * reasons (Art. 4(2)); the item names the point of Art. 4(1) it comes from.
 */
public enum Art4Information {
    /** Art. 4(1)(a): the complainant's name and contact details. */
    COMPLAINANT_NAME_AND_CONTACT,
    /** Art. 4(1)(b): for a body acting under GDPR Art. 80, its constitution and mandate. */
    REPRESENTATIVE_BODY_MANDATE,
    /** Art. 4(1)(c): information identifying the controller or processor. */
    CONTROLLER_OR_PROCESSOR,
    /** Art. 4(1)(d): a description of the alleged infringement. */
    INFRINGEMENT_DESCRIPTION
}
