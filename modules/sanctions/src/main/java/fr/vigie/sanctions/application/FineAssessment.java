package fr.vigie.sanctions.application;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Roles;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.Procedure;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import fr.vigie.sanctions.domain.fine.CircumstanceAdjustment;
import fr.vigie.sanctions.domain.fine.FinalJudgement;
import fr.vigie.sanctions.domain.fine.FineAssistant;
import fr.vigie.sanctions.domain.fine.FineCalculation;
import fr.vigie.sanctions.domain.fine.FineProcedure;
import fr.vigie.sanctions.domain.fine.FineProposal;
import fr.vigie.sanctions.domain.fine.Infringement;
import fr.vigie.sanctions.domain.fine.PercentRange;
import fr.vigie.sanctions.domain.fine.Seriousness;
import fr.vigie.sanctions.domain.fine.Turnover;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;

/**
 * The fine calculation assistant applied to a case: the procedure, the breached articles (placed in
 * their tier of Art. 83 as the caps place them) and the undertaking's turnover come from the case;
 * the seriousness, the circumstances and the final judgement from the committee. It only proposes:
 * nothing is stored until the committee decides, and then only the steps it chose to follow.
 */
@Stateless
@RolesAllowed({Roles.SANCTIONS_CHAIR, Roles.SANCTIONS_MEMBER})
public class FineAssessment {
    private static final FineAssistant ASSISTANT = FineAssistant.withDefaultBands();

    @Inject
    CaseRepository cases;

    /**
     * What the committee weighs.
     *
     * @param startingShare a narrower share within the seriousness band, or null
     * @param judgement     step 5, or null while not recorded
     */
    public record Inputs(
            Seriousness seriousness,
            PercentRange startingShare,
            List<CircumstanceAdjustment> circumstances,
            FinalJudgement judgement) {}

    public FineProposal propose(String reference, Inputs inputs) {
        SanctionCase c = cases.find(reference).orElseThrow(() -> new NotFoundException("sanction case", reference));
        List<String> articles = c.infringedArticles();
        List<Infringement> infringements = articles.isEmpty()
                ? List.of(Infringement.ART_83_4)
                : articles.stream().map(FineRulesCaps::tierOf).toList();
        FineCalculation calculation = new FineCalculation(
                c.procedure() == Procedure.SIMPLIFIED ? FineProcedure.SIMPLIFIED : FineProcedure.ORDINARY,
                infringements,
                turnoverOf(c.undertaking()),
                inputs.seriousness(),
                inputs.startingShare(),
                inputs.circumstances(),
                inputs.judgement());
        return ASSISTANT.propose(calculation);
    }

    /** The group's turnover of the year on record (CJEU C-383/23); none known counts as none. */
    private static Turnover turnoverOf(Undertaking undertaking) {
        if (undertaking.turnover() == null) {
            return Turnover.unknown();
        }
        Year year = undertaking.turnoverYear() == null ? null : Year.of(undertaking.turnoverYear());
        return Turnover.of(undertaking.turnover(), year);
    }
}
