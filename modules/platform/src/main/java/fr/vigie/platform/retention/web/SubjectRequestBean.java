package fr.vigie.platform.retention.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.retention.PersonQuery;
import fr.vigie.platform.api.retention.PersonalDataRecord;
import fr.vigie.platform.retention.application.SubjectRequests;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * Requests of people about their data in Vigie (docs/retention.md): find the cases holding it,
 * export them as JSON or PDF, erase one case where the law allows.
 */
@Named("subjectRequest")
@ViewScoped
public class SubjectRequestBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SubjectRequests requests;

    private String request;
    private String name;
    private String email;
    private String postalAddress;
    private transient List<PersonalDataRecord> found;
    private String eraseCaseRef;
    private String eraseReason;

    public void search() {
        try {
            found = requests.find(query(), request);
        } catch (DomainException refused) {
            found = null;
            FacesMessages.errorUnder(refused, FacesMessages.component("searchForm"));
        }
    }

    public void exportJson() throws IOException {
        download("application/json", "donnees-personnelles.json", () -> requests.exportJson(query(), request));
    }

    public void exportPdf() throws IOException {
        download("application/pdf", "donnees-personnelles.pdf", () -> requests.exportPdf(query(), request));
    }

    public void prepareErase(PersonalDataRecord record) {
        eraseCaseRef = record.caseRef().toString();
        eraseReason = null;
    }

    public void erase() {
        try {
            requests.erase(eraseCaseRef, request, eraseReason);
            FacesMessages.infoText(FacesMessages.text(RetentionBean.BUNDLE, "subject.erased", eraseCaseRef));
            found = requests.find(query(), request);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages", "resultsForm");
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("eraseForm"));
        }
    }

    private PersonQuery query() {
        return new PersonQuery(name, email, postalAddress);
    }

    private void download(String type, String filename, Supplier<byte[]> content) throws IOException {
        byte[] bytes;
        try {
            bytes = content.get();
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("searchForm"));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    public List<PersonalDataRecord> getFound() {
        return found;
    }

    public String getEraseCaseRef() {
        return eraseCaseRef;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getEraseReason() {
        return eraseReason;
    }

    public void setEraseReason(String eraseReason) {
        this.eraseReason = eraseReason;
    }
}
