package fr.vigie.complaints.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.application.ComplaintFile;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.LinkView;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.platform.api.document.DocumentInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The close dialog of the file page offers the outcomes the complaint may be closed with now, no other. */
class CloseDialogOutcomesTest {

    @Test
    void theBeanOffersTheClosingOutcomesOfTheComplaint() {
        List<Outcome> closing = List.of(Outcome.INADMISSIBLE);
        ComplaintFileBean bean = new ComplaintFileBean();
        bean.queries = new ComplaintQueries() {
            @Override
            public ComplaintFile file(String reference) {
                return null;
            }

            @Override
            public List<LinkView> links(String reference) {
                return List.of();
            }

            @Override
            public List<Outcome> closingOutcomes(String reference) {
                return closing;
            }

            @Override
            public List<DocumentInfo> documents(String reference) {
                return List.of();
            }

            @Override
            public boolean similarFactsSearchPending(String reference) {
                return false;
            }
        };
        bean.setReference("PL-2026-000001");
        bean.reload();
        assertEquals(closing, bean.getOutcomes());
    }

    @Test
    void theDialogListsTheBeansOutcomes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/complaints/file.xhtml")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String dialog = page.substring(page.indexOf("<h:form id=\"closeForm\">"));
            dialog = dialog.substring(0, dialog.indexOf("</h:form>"));
            assertTrue(dialog.contains("<p:selectOneMenu id=\"outcome\""), "the outcome menu keeps its id");
            assertTrue(dialog.contains("value=\"#{complaintFile.outcomes}\""), dialog);
        }
    }
}
