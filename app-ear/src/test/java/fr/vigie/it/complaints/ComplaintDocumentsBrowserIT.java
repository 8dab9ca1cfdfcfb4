package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Attachments sent at intake become documents of the complaint, listed (and readable) on its file. */
@ExtendWith(BrowserExtension.class)
class ComplaintDocumentsBrowserIT extends RunningVigie {
    private static final String FACTS =
            "Mon opérateur refuse de me transmettre l'enregistrement de mes appels au service client.";

    @Test
    void attachmentsAtIntakeAppearInTheDocumentsPanel(Browser browser) throws IOException {
        Path dir = Files.createTempDirectory("vigie-attachments-");
        Path evidence = dir.resolve("capture-echanges.pdf");
        Files.write(
                evidence,
                ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII));
        try {
            browser.loginAsDemo("handler");
            browser.open("/complaints/intake.xhtml");
            browser.type(By.id("intakeForm:complainantName"), "Paul Girard");
            browser.type(By.id("intakeForm:complainantEmail"), "paul.girard@example.fr");
            browser.type(By.id("intakeForm:organisationName"), "Opérateur Exemple SA");
            browser.type(By.id("intakeForm:organisationIdentifier"), Complaints.uniqueSiren());
            browser.type(By.id("intakeForm:facts"), FACTS);
            browser.driver()
                    .findElement(By.cssSelector("[id='intakeForm:categories'] .ui-chkbox-box"))
                    .click();
            WebElement file =
                    browser.driver().findElement(By.cssSelector("input[type='file'][id^='intakeForm:attachments']"));
            file.sendKeys(evidence.toString());
            browser.clickAndWaitForPage(By.id("intakeForm:save"));
            assertEquals("/complaints/file.xhtml", browser.path());

            WebElement document =
                    browser.waitFor(By.cssSelector("#documents li.vg-document[data-filename='capture-echanges.pdf']"));
            String href =
                    document.findElement(By.cssSelector("a.vg-document-link")).getAttribute("href");
            @SuppressWarnings("unchecked")
            List<Object> reply = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {credentials: 'same-origin'})
                      .then(r => r.text().then(t => done([r.status, t.substring(0, 8)])))
                      .catch(e => done([0, String(e)]));
                    """, href);
            assertEquals(200L, ((Number) reply.get(0)).longValue(), reply.toString());
            assertTrue(((String) reply.get(1)).startsWith("%PDF"), "the stored attachment is served back");
        } finally {
            Files.deleteIfExists(evidence);
            Files.deleteIfExists(dir);
        }
    }
}
