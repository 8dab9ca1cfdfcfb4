package fr.vigie.sanctions.domain;

/**
 * The separation of duties on a sanction case: the rapporteur never sits nor votes; an inspector
 * of the originating inspection is neither rapporteur nor judge; a member who declared an interest
 * in the organisation is recused. Each refusal is a {@link DutyRefused}, audited by the services.
 */
final class Duties {
    private Duties() {}

    /** Only the rapporteur of the case does the rapporteur's acts. */
    static void requireRapporteur(SanctionCase c, String actor) {
        if (!c.instruction().isRapporteur(actor)) {
            throw new DutyRefused(null, "duty.rapporteur.only", actor);
        }
    }

    /** The rapporteur is never an inspector of the originating inspection nor a member who sat or voted. */
    static void requireMayBeRapporteur(SanctionCase c, String who, Impartiality impartiality) {
        if (isInspector(c, who, impartiality)) {
            throw new DutyRefused("rapporteur", "duty.inspector.notRapporteur", who);
        }
        if (c.present().contains(who)
                || c.votes().stream().anyMatch(v -> v.member().equals(who))) {
            throw new DutyRefused("rapporteur", "duty.judge.notRapporteur", who);
        }
    }

    /** Refuses a judge who is the rapporteur, an inspector of the originating inspection or an interested member. */
    static void requireMayJudge(SanctionCase c, String member, String field, Impartiality impartiality) {
        if (c.instruction().isRapporteur(member)) {
            throw new DutyRefused(field, "duty.rapporteur.notSit", member);
        }
        if (isInspector(c, member, impartiality)) {
            throw new DutyRefused(field, "duty.inspector.notJudge", member);
        }
        if (impartiality.interested().contains(member)) {
            throw new DutyRefused(field, "duty.interest.recused", member);
        }
    }

    /** The rapporteur never votes (refused before any other rule, so that the refusal is audited). */
    static void requireNotRapporteurVoting(SanctionCase c, String member) {
        if (c.instruction().isRapporteur(member)) {
            throw new DutyRefused(null, "duty.rapporteur.noVote", member);
        }
    }

    private static boolean isInspector(SanctionCase c, String username, Impartiality impartiality) {
        return c.inspectors().contains(username) || impartiality.inspectors().contains(username);
    }
}
