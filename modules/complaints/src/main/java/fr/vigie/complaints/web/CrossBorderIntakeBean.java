package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ComplaintCrossBorderHandling;
import fr.vigie.complaints.application.CrossBorderIntakeForm;
import fr.vigie.complaints.application.IntakeResult;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The cross-border complaint form: the annex form of Regulation (EU) 2025/2518, that is the
 * information of Art. 4(1) and nothing more (no categories, no number of people affected), the day
 * received and the channel; for a complaint sent by another authority, that authority and its
 * reference. One submission key per form, as on the ordinary intake form.
 */
@Named("crossBorderIntake")
@ViewScoped
public class CrossBorderIntakeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintCrossBorderHandling handling;

    @Inject
    transient Clock clock;

    private final String submissionKey = UUID.randomUUID().toString();
    private Channel channel = Channel.STAFF_INTAKE;
    private LocalDate receivedOn;
    private String complainantName;
    private String complainantEmail;
    private String complainantAddress;
    private boolean lodgedByBody;
    private String bodyName;
    private String bodyMandate;
    private String organisationName;
    private String organisationCountry;
    private String organisationIdentifier;
    private String facts;
    private boolean confidentialityClaimed;
    private String presumedLead;
    private String receivedFrom;
    private String receivedFromReference;

    /** Saves and opens the new complaint's file. */
    public String save() {
        try {
            IntakeResult result = handling.receive(new CrossBorderIntakeForm(
                    channel,
                    receivedOn == null ? LocalDate.now(clock) : receivedOn,
                    complainantName,
                    complainantEmail,
                    complainantAddress,
                    lodgedByBody ? bodyName : null,
                    lodgedByBody ? bodyMandate : null,
                    organisationName,
                    organisationCountry,
                    organisationIdentifier,
                    facts,
                    confidentialityClaimed,
                    presumedLead,
                    receivedFrom,
                    receivedFromReference,
                    submissionKey));
            Pages.MESSAGES.info("intake.saved", result.reference());
            Pages.MESSAGES.keepForRedirect();
            return "/complaints/file.xhtml?faces-redirect=true&reference=" + result.reference();
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "xbIntakeForm");
            return null;
        }
    }

    /** The channels of this form: a complaint lodged here, or sent by another authority. */
    public Channel[] getChannels() {
        return Channel.values();
    }

    public boolean isFromAuthority() {
        return channel == Channel.EU_AUTHORITY_TRANSFER;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = complainantName;
    }

    public String getComplainantEmail() {
        return complainantEmail;
    }

    public void setComplainantEmail(String complainantEmail) {
        this.complainantEmail = complainantEmail;
    }

    public String getComplainantAddress() {
        return complainantAddress;
    }

    public void setComplainantAddress(String complainantAddress) {
        this.complainantAddress = complainantAddress;
    }

    public boolean isLodgedByBody() {
        return lodgedByBody;
    }

    public void setLodgedByBody(boolean lodgedByBody) {
        this.lodgedByBody = lodgedByBody;
    }

    public String getBodyName() {
        return bodyName;
    }

    public void setBodyName(String bodyName) {
        this.bodyName = bodyName;
    }

    public String getBodyMandate() {
        return bodyMandate;
    }

    public void setBodyMandate(String bodyMandate) {
        this.bodyMandate = bodyMandate;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOrganisationCountry() {
        return organisationCountry;
    }

    public void setOrganisationCountry(String organisationCountry) {
        this.organisationCountry = organisationCountry;
    }

    public String getOrganisationIdentifier() {
        return organisationIdentifier;
    }

    public void setOrganisationIdentifier(String organisationIdentifier) {
        this.organisationIdentifier = organisationIdentifier;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public boolean isConfidentialityClaimed() {
        return confidentialityClaimed;
    }

    public void setConfidentialityClaimed(boolean confidentialityClaimed) {
        this.confidentialityClaimed = confidentialityClaimed;
    }

    public String getPresumedLead() {
        return presumedLead;
    }

    public void setPresumedLead(String presumedLead) {
        this.presumedLead = presumedLead;
    }

    public String getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(String receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public String getReceivedFromReference() {
        return receivedFromReference;
    }

    public void setReceivedFromReference(String receivedFromReference) {
        this.receivedFromReference = receivedFromReference;
    }
}
