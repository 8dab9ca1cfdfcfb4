package fr.vigie.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload, unskinned, as the browser's own file input that it is: PrimeFaces
 * marks that input {@code aria-hidden} even when no skinned button stands in front of it, so the one
 * control a keyboard or screen-reader user reaches is hidden from assistive technologies (axe
 * "aria-hidden-focus", WCAG 4.1.2) and its label points at nothing. Skinned uploads are left as they
 * are: there the input is behind the skin's button.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(
            FacesContext context, FileUpload fileUpload, String clientId, String style, String styleClass)
            throws IOException {
        if (fileUpload.isSkinSimple()) {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
            return;
        }
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new VisibleInputWriter(original));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static final class VisibleInputWriter extends ResponseWriterWrapper {
        VisibleInputWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"aria-hidden".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
