package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The mission order (ordre de mission): prepared by the head of inspections (place and date of the
 * visit, the team being the inspection's), signed by the president, who thereby produces the PDF
 * kept as a document of the inspection. No inspection is conducted without a signed order.
 */
@Embeddable
public class MissionOrder {
    static final int MAX_PLACE = 500;

    @Column(name = "mission_place")
    private String place;

    @Column(name = "mission_date")
    private LocalDate visitDate;

    @Column(name = "mission_prepared_by")
    private String preparedBy;

    @Column(name = "mission_signed_by")
    private String signedBy;

    @Column(name = "mission_signed_on")
    private LocalDate signedOn;

    @Column(name = "mission_document")
    private String document;

    protected MissionOrder() {
        // for JPA
    }

    static MissionOrder drafted(String place, LocalDate visitDate, String preparedBy, LocalDate today) {
        String p = place == null ? "" : place.strip();
        if (p.isEmpty()) {
            throw InspectionException.onField("place", "mission.place.required");
        }
        if (p.length() > MAX_PLACE) {
            throw InspectionException.onField("place", "text.tooLong", MAX_PLACE);
        }
        if (visitDate == null) {
            throw InspectionException.onField("visitDate", "mission.date.required");
        }
        if (visitDate.isBefore(today)) {
            throw InspectionException.onField("visitDate", "mission.date.past");
        }
        MissionOrder m = new MissionOrder();
        m.place = p;
        m.visitDate = visitDate;
        m.preparedBy = preparedBy;
        return m;
    }

    void signed(String president, LocalDate on, UUID pdf) {
        this.signedBy = president;
        this.signedOn = on;
        this.document = pdf == null ? null : pdf.toString();
    }

    public boolean isSigned() {
        return signedBy != null;
    }

    public String place() {
        return place;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public UUID document() {
        return document == null ? null : UUID.fromString(document);
    }
}
