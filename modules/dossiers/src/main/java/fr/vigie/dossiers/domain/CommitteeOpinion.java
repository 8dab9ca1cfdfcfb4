package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The committee's reasoned opinion on a dossier (loi 78-17; advice within the EHDS decision period),
 * given once, or deemed favourable when the committee kept silent. Mapped to the dossier's
 * {@code opinion*} columns; while none was given, the dossier answers {@link #none()} (an empty
 * value comes back from the database as null).
 */
@Embeddable
public class CommitteeOpinion {
    @Enumerated(EnumType.STRING)
    @Column(name = "opinion")
    private Opinion opinion;

    @Column(name = "opinion_on")
    private LocalDate givenOn;

    @Column(name = "opinion_text")
    private String text;

    protected CommitteeOpinion() {
        // for JPA
    }

    private CommitteeOpinion(Opinion opinion, LocalDate givenOn, String text) {
        this.opinion = opinion;
        this.givenOn = givenOn;
        this.text = text;
    }

    public static CommitteeOpinion none() {
        return new CommitteeOpinion();
    }

    /** The opinion {@code given} on a day; refused when the dossier already has one ({@code reference} names it). */
    CommitteeOpinion given(Opinion given, LocalDate on, String withText, String reference) {
        if (opinion != null) {
            throw DossierException.refused("dossier.opinion.already", reference);
        }
        return new CommitteeOpinion(given, on, withText);
    }

    /** The opinion, or null while none was given. */
    public Opinion opinion() {
        return opinion;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String text() {
        return text;
    }
}
