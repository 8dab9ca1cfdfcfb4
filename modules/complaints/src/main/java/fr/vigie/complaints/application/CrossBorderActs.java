package fr.vigie.complaints.application;

import fr.vigie.complaints.api.CrossBorderComplaintTransmitted;
import fr.vigie.complaints.api.CrossBorderComplaintTransmitted.Direction;
import fr.vigie.complaints.domain.Art4Information;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.CrossBorderAct;
import fr.vigie.complaints.domain.CrossBorderFile;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The handler's use cases on the cross-border part of a complaint (Regulation (EU) 2025/2518 Art.
 * 4, ADR 12), with the same habits as {@link ComplaintActs}: the version the person saw, the audit
 * written by {@link ComplaintEventLog} from the verb's event, the clocks kept in step —
 * <ul>
 * <li>Art. 4(2) inadmissibility clock: stopped when the complaint is found complete, met when it is
 * declared inadmissible;</li>
 * <li>transmission clock: met by the transmission, stopped when the authority decides it leads, when
 * the assessment finds no cross-border processing, or when the complaint is inadmissible.</li>
 * </ul>
 * A transmission, a decision to lead and a complaint received as the lead publish {@link
 * CrossBorderComplaintTransmitted} in the same transaction: the crossborder module takes the case
 * from there.
 */
@ApplicationScoped
public class CrossBorderActs {
    /** This authority's country: the lead when the authority itself leads. */
    static final String HERE = "FR";

    @Inject
    ComplaintActs acts;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintClocks clocks;

    @Inject
    ComplaintEventLog eventLog;

    @Inject
    Stamps stamps;

    @Inject
    Event<CrossBorderComplaintTransmitted> transmissions;

    public void findAdmissible(ComplaintReference reference, long expectedVersion) {
        Complaint c = acts.loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.findCrossBorderAdmissible(stamp);
        CrossBorderFile xb = c.crossBorder().orElseThrow();
        clocks.stop(c.id(), xb.inadmissibilityClock(), stamp.today(), "Plainte complète (art. 4(1))");
        complaints.flush();
        eventLog.write(c);
    }

    public void declareInadmissible(
            ComplaintReference reference, long expectedVersion, Set<Art4Information> missing, String reasons) {
        Complaint c = acts.loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.declareCrossBorderInadmissible(missing, reasons, stamp);
        CrossBorderFile xb = c.crossBorder().orElseThrow();
        clocks.meet(c.id(), xb.inadmissibilityClock(), stamp.today(), "Plainte déclarée irrecevable (art. 4(2))");
        clocks.stop(c.id(), xb.transmissionClock(), stamp.today(), "Plainte irrecevable : rien à transmettre");
        complaints.flush();
        eventLog.write(c);
    }

    public void assess(
            ComplaintReference reference,
            long expectedVersion,
            boolean crossBorder,
            String presumedLead,
            String reason) {
        Complaint c = acts.loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.assessCrossBorder(crossBorder, presumedLead, reason, stamp);
        if (!crossBorder) {
            clocks.stop(
                    c.id(),
                    c.crossBorder().orElseThrow().transmissionClock(),
                    stamp.today(),
                    "Traitement non transfrontalier : rien à transmettre");
        }
        complaints.flush();
        eventLog.write(c);
    }

    /**
     * Transmits to the presumed lead authority: records what was sent, tells the complainant (who
     * keeps dealing with this authority), meets the transmission clock and publishes SENT_TO_LEAD.
     *
     * @param otherDocuments documents sent besides the complaint (or its non-confidential version), by name
     * @return what was sent
     */
    public List<String> transmit(ComplaintReference reference, long expectedVersion, List<String> otherDocuments) {
        Complaint c = acts.loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        // Refused before the notice is rendered.
        c.requireCrossBorder(CrossBorderAct.TRANSMIT);
        String lead = c.crossBorder().orElseThrow().presumedLead();
        UUID notice = acts.sendLetter(LetterType.TRANSMISSION_NOTICE, c, countryName(lead), null, stamp.today());
        List<String> sent = c.transmitToLeadAuthority(otherDocuments, notice, stamp);
        clocks.meet(
                c.id(),
                c.crossBorder().orElseThrow().transmissionClock(),
                stamp.today(),
                "Plainte transmise à l'autorité chef de file présumée (" + lead + ")");
        complaints.flush();
        eventLog.write(c);
        publish(c, Direction.SENT_TO_LEAD, lead, HERE, sent, stamp);
        return sent;
    }

    /** The authority leads: the transmission clock stops and the case goes to the cooperation procedure (LED_HERE). */
    public void leadHere(ComplaintReference reference, long expectedVersion) {
        Complaint c = acts.loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.decideToLeadHere(stamp);
        clocks.stop(
                c.id(),
                c.crossBorder().orElseThrow().transmissionClock(),
                stamp.today(),
                "L'autorité est chef de file : rien à transmettre");
        complaints.flush();
        eventLog.write(c);
        publish(c, Direction.LED_HERE, HERE, HERE, List.of(), stamp);
    }

    /**
     * Called once a complaint is qualified: a complaint sent by another authority, now qualified as
     * cross-border with this authority as the lead, is announced to the cooperation procedure
     * (RECEIVED_AS_LEAD), once.
     */
    void afterQualified(Complaint c) {
        if (!c.availableCrossBorderActs().contains(CrossBorderAct.ANNOUNCE_RECEIVED_AS_LEAD)) {
            return;
        }
        Stamp stamp = stamps.now();
        c.announceReceivedAsLead(stamp);
        complaints.flush();
        eventLog.write(c);
        publish(
                c,
                Direction.RECEIVED_AS_LEAD,
                HERE,
                c.crossBorder().orElseThrow().receivedFrom(),
                List.of(),
                stamp);
    }

    private void publish(
            Complaint c, Direction direction, String lead, String lodgedWith, List<String> sent, Stamp stamp) {
        transmissions.fire(new CrossBorderComplaintTransmitted(
                c.reference().caseRef(),
                direction,
                c.receivedOn(),
                lead,
                lodgedWith,
                c.organisation().name(),
                c.organisationId().orElse(null),
                c.organisation().country(),
                sent,
                stamp.today(),
                stamp.actor()));
    }

    /** The country's name in French, for the complainant's letter. */
    private static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.FRENCH);
    }
}
