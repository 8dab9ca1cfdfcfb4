package fr.vigie.platform.retention.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.platform.api.retention.PersonalDataRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What Vigie holds about a person, for their access request: JSON for machines (GDPR Art. 20's
 * spirit), a PDF in French to send them. Field names are the modules' own; the PDF names them from
 * the platform's {@code retention} bundle when it knows them.
 */
@ApplicationScoped
public class SubjectDataExport {
    private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11.5f);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

    public byte[] json(String request, List<PersonalDataRecord> hits, Instant at) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (PersonalDataRecord hit : hits) {
            JsonObjectBuilder data = Json.createObjectBuilder();
            hit.personalData().forEach((field, value) -> data.add(field, value == null ? "" : value));
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("case", hit.caseRef().toString())
                    .add("caseType", hit.caseType())
                    .add("status", hit.status())
                    .add("matchedOn", Json.createArrayBuilder(hit.matchedOn()))
                    .add("personalData", data);
            if (hit.closedOn() != null) {
                one.add("closedOn", hit.closedOn().toString());
            }
            if (hit.pseudonymisedOn() != null) {
                one.add("pseudonymisedOn", hit.pseudonymisedOn().toString());
            }
            cases.add(one);
        }
        return Json.createObjectBuilder()
                .add("request", request)
                .add("exportedAt", at.toString())
                .add("cases", cases)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(String request, List<PersonalDataRecord> hits, Instant at) {
        ResourceBundle t = ResourceBundle.getBundle(
                "fr.vigie.platform.i18n.retention",
                Locale.FRENCH,
                SubjectDataExport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(t.getString("subject.pdf.title") + " " + request);
            pdf.open();
            pdf.add(new Paragraph(t.getString("subject.pdf.title"), TITLE));
            pdf.add(new Paragraph(
                    t.getString("subject.pdf.request") + " " + request + " — "
                            + DAY.format(at.atZone(AUTHORITY_ZONE).toLocalDate()),
                    BODY));
            pdf.add(new Paragraph(
                    hits.isEmpty() ? t.getString("subject.pdf.none") : t.getString("subject.pdf.intro"), BODY));
            for (PersonalDataRecord hit : hits) {
                Paragraph heading = new Paragraph(
                        hit.caseRef().reference() + " — " + label(t, "caseType." + hit.caseType(), hit.caseType()),
                        HEADING);
                heading.setSpacingBefore(10);
                pdf.add(heading);
                if (hit.closedOn() != null) {
                    pdf.add(new Paragraph(
                            t.getString("subject.pdf.closedOn") + " " + DAY.format(hit.closedOn()), BODY));
                }
                for (Map.Entry<String, String> field : hit.personalData().entrySet()) {
                    pdf.add(new Paragraph(
                            label(t, "field." + field.getKey(), field.getKey()) + " : "
                                    + (field.getValue() == null ? "—" : field.getValue()),
                            BODY));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF export", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static String label(ResourceBundle t, String key, String fallback) {
        return t.containsKey(key) ? t.getString(key) : fallback;
    }
}
