package fr.vigie.inspections.web;

import fr.vigie.inspections.application.RiskRanking;
import fr.vigie.inspections.domain.RiskRules;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The ranking of candidate organisations, each score with its reasons; planning one opens the new-inspection form. */
@Named("risk")
@ViewScoped
public class RiskBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    transient RiskRanking ranking;

    private List<RiskRules.Score> scores;

    public List<RiskRules.Score> getScores() {
        if (scores == null) {
            scores = ranking.top(SHOWN);
        }
        return scores;
    }

    /** A reason in the reader's words, e.g. "+6 : 3 plainte(s) depuis 24 mois". */
    public String reason(RiskRules.Reason reason) {
        return Pages.MESSAGES.text("risk.rule." + reason.rule(), reason.points(), reason.count());
    }
}
