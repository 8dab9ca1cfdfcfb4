package fr.vigie.committee.domain;

/** A member's seat on the committee: an ordinary member or the chair (who holds the casting vote). */
public enum MemberFunction {
    MEMBER,
    CHAIR
}
