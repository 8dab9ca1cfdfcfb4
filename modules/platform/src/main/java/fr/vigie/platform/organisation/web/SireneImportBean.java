package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.organisation.application.ImportReport;
import fr.vigie.platform.organisation.application.SireneImport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;

/** The administrators' SIRENE import page: upload, import, show the counts and the first rejected lines. */
@Named
@ViewScoped
public class SireneImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SireneImport sireneImport;

    private transient UploadedFile upload;
    private ImportReport report;

    public void run() {
        if (upload == null || upload.getSize() == 0) {
            OrganisationTexts.messages()
                    .refused(DomainException.onField("file", "organisation.import.empty"), "importForm");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            report = sireneImport.importStock(upload.getFileName(), in);
            OrganisationTexts.messages().info("import.done");
        } catch (DomainException e) {
            OrganisationTexts.messages().refused(e, "importForm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public ImportReport getReport() {
        return report;
    }
}
