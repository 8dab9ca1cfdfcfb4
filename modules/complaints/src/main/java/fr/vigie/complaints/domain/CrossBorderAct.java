package fr.vigie.complaints.domain;

/** The acts of the cross-border part of a complaint (translated as {@code xb.act.<ACT>}). */
public enum CrossBorderAct {
    FIND_ADMISSIBLE,
    DECLARE_INADMISSIBLE,
    ASSESS,
    TRANSMIT,
    LEAD_HERE,
    ANNOUNCE_RECEIVED_AS_LEAD
}
