package fr.vigie.crossborder.application;

import fr.vigie.complaints.api.CrossBorderComplaintTransmitted;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderCaseRepository;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A cross-border complaint transmitted to the presumed lead authority, led here, or received as
 * lead opens a cross-border case, or joins the open case against the same organisation (directory
 * id, else name) and lead authority under the same rules — in the complaint's transaction: both are
 * committed or neither. The opening date of a new case is the complaint's receipt day; that receipt
 * day decides the rules (Regulation (EU) 2025/2518 Art. 36), so a complaint that would change the
 * rules of the open case (lodged on the other side of 2 April 2027) opens a case of its own. The home
 * authority leads when the lead authority is France (led here, received as lead), is concerned
 * otherwise. The system acts on the handler's decision, recorded as such in the audit trail.
 */
@ApplicationScoped
public class ComplaintTransmissionFollower {
    @Inject
    CrossBorderActs acts;

    @Inject
    CrossBorderCaseRepository cases;

    @Inject
    SystemTasks systemTasks;

    void onTransmitted(@Observes CrossBorderComplaintTransmitted transmitted) {
        SupervisoryAuthority lead = leadOf(transmitted);
        String reason = "Plainte " + transmitted.complaint().reference() + " " + decision(transmitted.direction())
                + " le "
                + (transmitted.decidedOn() == null
                        ? "?"
                        : transmitted.decidedOn().format(FRENCH_DAY)) + " par " + transmitted.decidedBy();
        systemTasks.run("cross-border case from complaint " + transmitted.complaint(), () -> {
            Optional<CrossBorderCase> open = cases.openCaseAgainst(
                            transmitted.organisationDirectoryId(), transmitted.organisationName(), lead)
                    .filter(existing -> existing.keepsItsRulesWith(transmitted.receivedOn()));
            CrossBorderCase c = open.orElseGet(() -> {
                CrossBorderCaseId id = acts.openFromComplaint(
                        transmitted.receivedOn(),
                        transmitted.receivedOn(),
                        lead,
                        organisationOf(transmitted),
                        transmitted.organisationDirectoryId(),
                        fr.vigie.platform.api.Reason.of(reason));
                return acts.load(id);
            });
            acts.joinComplaint(
                    c,
                    transmitted.complaint(),
                    transmitted.receivedOn(),
                    transmitted.direction() == CrossBorderComplaintTransmitted.Direction.RECEIVED_AS_LEAD,
                    reason,
                    transmitted.decidedBy());
        });
    }

    /** The day as the file shows it: a reason is read on the case's pages, in French. */
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** The handler's decision, in the words of the case's history. */
    static String decision(CrossBorderComplaintTransmitted.Direction direction) {
        return switch (direction) {
            case SENT_TO_LEAD -> "transmise à l'autorité chef de file";
            case LED_HERE -> "instruite comme autorité chef de file";
            case RECEIVED_AS_LEAD -> "reçue comme autorité chef de file";
        };
    }

    /** The complaint's organisation; a complaint that names none still gets its case (named after it). */
    static String organisationOf(CrossBorderComplaintTransmitted transmitted) {
        String name = transmitted.organisationName();
        return name == null || name.isBlank()
                ? "Organisme de la plainte " + transmitted.complaint().reference()
                : name;
    }

    /** Led here or received as lead: the home authority leads; sent to the lead: that authority. */
    static SupervisoryAuthority leadOf(CrossBorderComplaintTransmitted transmitted) {
        if (transmitted.direction() != CrossBorderComplaintTransmitted.Direction.SENT_TO_LEAD) {
            return CrossBorderActs.HOME;
        }
        return SupervisoryAuthority.ofCountry(transmitted.leadAuthority())
                .orElseThrow(() -> CrossBorderException.onField(
                        "leadAuthority", "crossborder.authority.unknown", transmitted.leadAuthority()));
    }
}
