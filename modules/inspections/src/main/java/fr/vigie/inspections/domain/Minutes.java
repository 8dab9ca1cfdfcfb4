package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The minutes (procès-verbal): who was met and what was seen. Editable while the inspection is
 * conducted; once notified to the organisation they are locked and their SHA-256 is kept (and
 * recorded in the audit trail), so that any later alteration is detectable.
 */
@Embeddable
public class Minutes {
    static final int MAX_TEXT = 50_000;
    static final int MAX_PEOPLE = 5_000;

    @Column(name = "minutes_people_met")
    private String peopleMet;

    @Column(name = "minutes_text")
    private String text;

    @Column(name = "minutes_notified_on")
    private LocalDate notifiedOn;

    @Column(name = "minutes_sha256")
    private String sha256;

    protected Minutes() {
        // for JPA
    }

    static Minutes written(String peopleMet, String text) {
        String people = peopleMet == null ? "" : peopleMet.strip();
        String body = text == null ? "" : text.strip();
        if (people.isEmpty()) {
            throw InspectionException.onField("peopleMet", "minutes.peopleMet.required");
        }
        if (people.length() > MAX_PEOPLE) {
            throw InspectionException.onField("peopleMet", "text.tooLong", MAX_PEOPLE);
        }
        if (body.length() < 20) {
            throw InspectionException.onField("minutesText", "minutes.text.tooShort", 20);
        }
        if (body.length() > MAX_TEXT) {
            throw InspectionException.onField("minutesText", "text.tooLong", MAX_TEXT);
        }
        Minutes m = new Minutes();
        m.peopleMet = people;
        m.text = body;
        return m;
    }

    void notified(LocalDate on, String hash) {
        this.notifiedOn = on;
        this.sha256 = hash;
    }

    /**
     * SHA-256 of the minutes' people met, text and findings (in order, addenda excluded), in
     * hexadecimal: what is notified, so that any later change is detectable.
     */
    static String hash(Minutes minutes, List<Finding> findings) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(minutes == null ? "" : minutes.peopleMet).append('\n');
        canonical.append(minutes == null ? "" : minutes.text).append('\n');
        for (Finding finding : findings) {
            if (!finding.inAddendum()) {
                canonical.append(finding.canonical()).append('\n');
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public boolean isLocked() {
        return notifiedOn != null;
    }

    public String peopleMet() {
        return peopleMet;
    }

    public String text() {
        return text;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public String sha256() {
        return sha256;
    }
}
