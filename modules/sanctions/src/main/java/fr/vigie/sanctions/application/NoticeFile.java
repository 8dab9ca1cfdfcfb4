package fr.vigie.sanctions.application;

import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.sanctions.domain.NoticeAct;
import fr.vigie.sanctions.domain.NoticeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A formal notice as its file shows it, with the acts the current user may do now. */
public record NoticeFile(
        String reference,
        long version,
        NoticeStatus status,
        CaseFile.OrganisationView organisation,
        String originInspection,
        List<CaseFile.BreachView> breaches,
        String measuresRequired,
        int periodAmount,
        String periodUnit,
        String preparedBy,
        LocalDate preparedOn,
        String signedBy,
        LocalDate signedOn,
        LocalDate dueOn,
        boolean extended,
        String extensionReason,
        boolean madePublic,
        String publicityReasons,
        LocalDate assessedOn,
        String assessment,
        String sanctionCase,
        String letterDocument,
        List<CaseFile.TimelineView> timeline,
        List<ClockView> clocks,
        Set<NoticeAct> acts) {

    public boolean may(String act) {
        return acts.stream().anyMatch(a -> a.name().equals(act));
    }
}
