package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A stage a dossier went through, with its dates: where the time was spent (reports' {@code report_stage}). */
@Entity
@Table(schema = "dossiers", name = "dossier_stage")
public class DossierStage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Stage stage;

    @Column(name = "stage_order", nullable = false, updatable = false)
    private int stageOrder;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected DossierStage() {
        // for JPA
    }

    DossierStage(Dossier dossier, Stage stage, LocalDate startedOn) {
        this.dossier = dossier;
        this.stage = stage;
        this.stageOrder = stage.order();
        this.startedOn = startedOn;
    }

    void end(LocalDate on) {
        this.endedOn = on.isBefore(startedOn) ? startedOn : on;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** Calendar days spent in the stage, up to {@code today} while it is open. */
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(startedOn, endedOn == null ? today : endedOn);
    }
}
