package fr.vigie.sanctions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.vigie.sanctions.application.FineAssessment;
import fr.vigie.sanctions.domain.fine.Circumstance;
import fr.vigie.sanctions.domain.fine.Seriousness;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FineAssistantFormTest {

    @Test
    void onlyTheCircumstancesTypedAreWeighedAndAReasonAloneCountsAsNeutral() {
        FineAssistantForm form = new FineAssistantForm();
        form.setSeriousness(Seriousness.MEDIUM);
        assertEquals(Circumstance.values().length, form.getCircumstances().size());
        form.getCircumstances()
                .get(Circumstance.PREVIOUS_INFRINGEMENTS.ordinal())
                .setPercent(new BigDecimal("10"));
        form.getCircumstances()
                .get(Circumstance.PREVIOUS_INFRINGEMENTS.ordinal())
                .setReason("Warned in 2024");
        form.getCircumstances().get(Circumstance.COOPERATION.ordinal()).setReason("Usual cooperation");
        FineAssessment.Inputs inputs = form.inputs();
        assertEquals(2, inputs.circumstances().size());
        assertEquals(new BigDecimal("10"), inputs.circumstances().get(0).percent());
        assertEquals(BigDecimal.ZERO, inputs.circumstances().get(1).percent());
        assertNull(inputs.startingShare());
        assertNull(inputs.judgement());
    }

    @Test
    void aJudgementPercentWithoutReasonsIsPassedOnToBeRefused() {
        FineAssistantForm form = new FineAssistantForm();
        form.setJudgementPercent(new BigDecimal("-20"));
        assertNull(form.inputs().judgement().reasons());
    }
}
