package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The platform clocks of a dossier, by role; null where not started. The dossier holds them in its
 * {@code *_clock_id} columns; the application service sets them as it starts the clocks, through
 * {@link #updatedBy(ClockIds)}. (A dossier whose clocks all are null may come back from the database
 * without this value: the dossier answers {@link #none()} then.)
 */
@Embeddable
public class ClockIds {
    @Column(name = "completion_clock_id")
    private Long completion;

    @Column(name = "opinion_clock_id")
    private Long opinion;

    @Column(name = "decision_clock_id")
    private Long decision;

    @Column(name = "target_clock_id")
    private Long target;

    @Column(name = "delivery_clock_id")
    private Long delivery;

    @Column(name = "availability_clock_id")
    private Long availability;

    @Column(name = "publication_clock_id")
    private Long publication;

    @Column(name = "permit_clock_id")
    private Long permit;

    @Column(name = "extension_clock_id")
    private Long extension;

    @Column(name = "deletion_clock_id")
    private Long deletion;

    protected ClockIds() {
        // for JPA
    }

    public ClockIds(
            Long completion,
            Long opinion,
            Long decision,
            Long target,
            Long delivery,
            Long availability,
            Long publication,
            Long permit,
            Long extension,
            Long deletion) {
        this.completion = completion;
        this.opinion = opinion;
        this.decision = decision;
        this.target = target;
        this.delivery = delivery;
        this.availability = availability;
        this.publication = publication;
        this.permit = permit;
        this.extension = extension;
        this.deletion = deletion;
    }

    public static ClockIds none() {
        return new ClockIds();
    }

    public static ClockIds completion(Long id) {
        return new ClockIds(id, null, null, null, null, null, null, null, null, null);
    }

    public static ClockIds opinion(Long id) {
        return new ClockIds(null, id, null, null, null, null, null, null, null, null);
    }

    public static ClockIds decision(Long id) {
        return new ClockIds(null, null, id, null, null, null, null, null, null, null);
    }

    public static ClockIds target(Long id) {
        return new ClockIds(null, null, null, id, null, null, null, null, null, null);
    }

    public static ClockIds delivery(Long id) {
        return new ClockIds(null, null, null, null, id, null, null, null, null, null);
    }

    public static ClockIds availability(Long id) {
        return new ClockIds(null, null, null, null, null, id, null, null, null, null);
    }

    public static ClockIds publication(Long id) {
        return new ClockIds(null, null, null, null, null, null, id, null, null, null);
    }

    public static ClockIds permit(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, id, null, null);
    }

    public static ClockIds extension(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, null, id, null);
    }

    public static ClockIds deletion(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, null, null, id);
    }

    /** These ids, each replaced by the one {@code started} names; null ids there keep the current one. */
    public ClockIds updatedBy(ClockIds started) {
        return new ClockIds(
                started.completion != null ? started.completion : completion,
                started.opinion != null ? started.opinion : opinion,
                started.decision != null ? started.decision : decision,
                started.target != null ? started.target : target,
                started.delivery != null ? started.delivery : delivery,
                started.availability != null ? started.availability : availability,
                started.publication != null ? started.publication : publication,
                started.permit != null ? started.permit : permit,
                started.extension != null ? started.extension : extension,
                started.deletion != null ? started.deletion : deletion);
    }

    public Long completion() {
        return completion;
    }

    public Long opinion() {
        return opinion;
    }

    public Long decision() {
        return decision;
    }

    public Long target() {
        return target;
    }

    public Long delivery() {
        return delivery;
    }

    public Long availability() {
        return availability;
    }

    public Long publication() {
        return publication;
    }

    public Long permit() {
        return permit;
    }

    public Long extension() {
        return extension;
    }

    public Long deletion() {
        return deletion;
    }

    private List<Long> ids() {
        return Arrays.asList(
                completion,
                opinion,
                decision,
                target,
                delivery,
                availability,
                publication,
                permit,
                extension,
                deletion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClockIds other && ids().equals(other.ids());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids().toArray());
    }

    @Override
    public String toString() {
        return "ClockIds" + ids();
    }
}
