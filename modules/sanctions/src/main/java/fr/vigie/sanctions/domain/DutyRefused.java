package fr.vigie.sanctions.domain;

/**
 * A separation-of-duties rule refused a person (the rapporteur voting, an inspector of the
 * originating inspection judging, a member with a declared interest sitting). Distinct from other
 * refusals because it is audited even though the act is not done, and answered with 403.
 */
public class DutyRefused extends SanctionsException {
    private static final long serialVersionUID = 1L;

    private final String person;

    DutyRefused(String field, String key, String person) {
        super(field, key, person);
        this.person = person;
    }

    /** The username refused. */
    public String person() {
        return person;
    }
}
