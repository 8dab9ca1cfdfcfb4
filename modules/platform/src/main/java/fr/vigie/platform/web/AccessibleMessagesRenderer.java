package fr.vigie.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with a valid list: it gives each message's {@code <li>} the role "alert", which
 * takes the list item out of its {@code <ul>} for assistive technologies (axe "list", WCAG 1.3.1).
 * The messages' container is already a live region, so each new message is still read out.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItemWriter(writer), uiMessages, msg, severity, escape);
    }

    private static final class ListItemWriter extends ResponseWriterWrapper {
        ListItemWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"role".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
