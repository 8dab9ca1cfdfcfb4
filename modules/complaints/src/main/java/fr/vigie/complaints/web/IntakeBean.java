package fr.vigie.complaints.web;

import fr.vigie.complaints.application.Attachment;
import fr.vigie.complaints.application.ComplaintIntake;
import fr.vigie.complaints.application.IntakeForm;
import fr.vigie.complaints.application.IntakeResult;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * The staff intake form. The submission key is made once per form: pressing "save" twice (or
 * re-posting) returns the complaint already created instead of a second one.
 */
@Named("complaintIntake")
@ViewScoped
public class IntakeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintIntake intake;

    @Inject
    transient Clock clock;

    private final String submissionKey = UUID.randomUUID().toString();
    private Channel channel = Channel.STAFF_INTAKE;
    private LocalDate receivedOn;
    private String complainantName;
    private String complainantEmail;
    private String complainantAddress;
    private String organisationName;
    private String organisationCountry = "FR";
    private String organisationIdentifier;
    private String facts;
    private Category[] categories = new Category[0];
    private Integer peopleAffected = 1;
    /** The files chosen in the form, read when saving (never kept in the view state). */
    private transient UploadedFiles uploads;

    /** Saves and opens the new complaint's file. */
    public String save() {
        try {
            IntakeResult result = intake.receive(
                    new IntakeForm(
                            channel,
                            receivedOn == null ? LocalDate.now(clock) : receivedOn,
                            complainantName,
                            complainantEmail,
                            complainantAddress,
                            organisationName,
                            organisationCountry,
                            organisationIdentifier,
                            facts,
                            categories.length == 0
                                    ? EnumSet.noneOf(Category.class)
                                    : EnumSet.copyOf(List.of(categories)),
                            peopleAffected == null ? 0 : peopleAffected,
                            submissionKey),
                    attachments());
            Pages.MESSAGES.info("intake.saved", result.reference());
            Pages.MESSAGES.keepForRedirect();
            return "/complaints/file.xhtml?faces-redirect=true&reference=" + result.reference();
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "intakeForm");
            return null;
        }
    }

    private List<Attachment> attachments() {
        List<Attachment> files = new java.util.ArrayList<>();
        if (uploads != null) {
            for (UploadedFile file : uploads.getFiles()) {
                if (file.getSize() > 0) {
                    files.add(new Attachment(file.getFileName(), file.getContent()));
                }
            }
        }
        return files;
    }

    public UploadedFiles getUploads() {
        return uploads;
    }

    public void setUploads(UploadedFiles uploads) {
        this.uploads = uploads;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Category[] getAllCategories() {
        return Category.values();
    }

    public String getSubmissionKey() {
        return submissionKey;
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

    /** An array, not a list: Faces converts the checked values to the array's element type. */
    public Category[] getCategories() {
        return categories.clone();
    }

    public void setCategories(Category[] categories) {
        this.categories = categories == null ? new Category[0] : categories.clone();
    }

    public Integer getPeopleAffected() {
        return peopleAffected;
    }

    public void setPeopleAffected(Integer peopleAffected) {
        this.peopleAffected = peopleAffected;
    }
}
