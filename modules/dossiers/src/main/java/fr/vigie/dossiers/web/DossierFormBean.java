package fr.vigie.dossiers.web;

import fr.vigie.dossiers.application.DossierFile;
import fr.vigie.dossiers.application.DossierInstruction;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.domain.ApplicationForm;
import fr.vigie.dossiers.domain.DataForm;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.dossiers.domain.ProhibitedUse;
import fr.vigie.dossiers.domain.Purpose;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The application form: a new draft, or a draft / incomplete application completed later. "Save"
 * keeps whatever was typed (only what is typed is checked); "submit" checks everything and puts a
 * message on every field at fault.
 */
@Named("dossierForm")
@ViewScoped
public class DossierFormBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierInstruction instruction;

    @Inject
    transient DossierQueries queries;

    private String reference;
    private long version;
    private Procedure procedure = Procedure.EHDS_ACCESS_APPLICATION;
    private String title;
    private String organisationName;
    private String organisationCountry = "FR";
    private String siren;
    private boolean publicBody;
    private String principalInvestigator;
    private String namedPersons;
    private Purpose purpose;
    private String purposeDescription;
    private List<String> declarations = new ArrayList<>();
    private String dataSources;
    private String dataCategories;
    private DataForm dataForm;
    private String dataFormJustification;
    private String ethicsAssessment;
    private Integer requestedMonths;
    private String processingEnvironment;

    /** View action: loads the draft named in the URL, if any. */
    public void load() throws IOException {
        if (reference == null
                || reference.isBlank()
                || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            fill(queries.file(new DossierReference(reference)));
        } catch (DomainException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    private void fill(DossierFile f) {
        DossierFile.Application a = f.application();
        version = f.version();
        procedure = Procedure.valueOf(f.procedure());
        title = a.title();
        organisationName = a.organisationName();
        organisationCountry = a.organisationCountry();
        siren = a.siren();
        publicBody = a.publicBody();
        principalInvestigator = a.principalInvestigator();
        namedPersons = String.join("\n", a.namedPersons());
        purpose = a.purpose() == null ? null : Purpose.valueOf(a.purpose());
        purposeDescription = a.purposeDescription();
        declarations = new ArrayList<>(a.declarations());
        dataSources = a.dataSources();
        dataCategories = a.dataCategories();
        dataForm = a.dataForm() == null ? null : DataForm.valueOf(a.dataForm());
        dataFormJustification = a.dataFormJustification();
        ethicsAssessment = a.ethicsAssessment();
        requestedMonths = a.requestedMonths();
        processingEnvironment = a.processingEnvironment();
    }

    ApplicationForm form() {
        EnumSet<ProhibitedUse> signed = EnumSet.noneOf(ProhibitedUse.class);
        declarations.forEach(d -> signed.add(ProhibitedUse.valueOf(d)));
        List<String> persons = namedPersons == null ? List.of() : Arrays.asList(namedPersons.split("\\R"));
        return new ApplicationForm(
                procedure,
                title,
                organisationName,
                organisationCountry,
                siren,
                publicBody,
                principalInvestigator,
                persons,
                purpose,
                purposeDescription,
                signed,
                dataSources,
                dataCategories,
                dataForm,
                dataFormJustification,
                ethicsAssessment,
                requestedMonths,
                processingEnvironment);
    }

    public String save() {
        return act(false);
    }

    public String submit() {
        return act(true);
    }

    private String act(boolean submit) {
        try {
            if (reference == null || reference.isBlank()) {
                reference = (submit ? instruction.createAndSubmit(form()) : instruction.create(form())).value();
            } else if (submit) {
                instruction.saveAndSubmit(new DossierReference(reference), version, form());
            } else {
                instruction.saveDraft(new DossierReference(reference), version, form());
            }
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "applicationForm");
            return null;
        }
        Pages.MESSAGES.info(submit ? "form.submitted" : "form.saved", reference);
        Pages.MESSAGES.keepForRedirect();
        return "/dossiers/file.xhtml?faces-redirect=true&reference=" + reference;
    }

    public boolean isEditing() {
        return reference != null && !reference.isBlank();
    }

    public List<Procedure> getProcedures() {
        return List.of(Procedure.values());
    }

    public List<Purpose> getPurposes() {
        return List.of(Purpose.values());
    }

    public List<ProhibitedUse> getProhibitedUses() {
        return List.of(ProhibitedUse.values());
    }

    public List<DataForm> getDataForms() {
        return List.of(DataForm.values());
    }

    // ------------------------------------------------------------------ properties

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public boolean isPublicBody() {
        return publicBody;
    }

    public void setPublicBody(boolean publicBody) {
        this.publicBody = publicBody;
    }

    public String getPrincipalInvestigator() {
        return principalInvestigator;
    }

    public void setPrincipalInvestigator(String principalInvestigator) {
        this.principalInvestigator = principalInvestigator;
    }

    public String getNamedPersons() {
        return namedPersons;
    }

    public void setNamedPersons(String namedPersons) {
        this.namedPersons = namedPersons;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getPurposeDescription() {
        return purposeDescription;
    }

    public void setPurposeDescription(String purposeDescription) {
        this.purposeDescription = purposeDescription;
    }

    public List<String> getDeclarations() {
        return declarations;
    }

    public void setDeclarations(List<String> declarations) {
        this.declarations = declarations == null ? new ArrayList<>() : new ArrayList<>(declarations);
    }

    public String getDataSources() {
        return dataSources;
    }

    public void setDataSources(String dataSources) {
        this.dataSources = dataSources;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public DataForm getDataForm() {
        return dataForm;
    }

    public void setDataForm(DataForm dataForm) {
        this.dataForm = dataForm;
    }

    public String getDataFormJustification() {
        return dataFormJustification;
    }

    public void setDataFormJustification(String dataFormJustification) {
        this.dataFormJustification = dataFormJustification;
    }

    public String getEthicsAssessment() {
        return ethicsAssessment;
    }

    public void setEthicsAssessment(String ethicsAssessment) {
        this.ethicsAssessment = ethicsAssessment;
    }

    public Integer getRequestedMonths() {
        return requestedMonths;
    }

    public void setRequestedMonths(Integer requestedMonths) {
        this.requestedMonths = requestedMonths;
    }

    public String getProcessingEnvironment() {
        return processingEnvironment;
    }

    public void setProcessingEnvironment(String processingEnvironment) {
        this.processingEnvironment = processingEnvironment;
    }
}
