package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A request sent to the organisation while instructing a complaint (GDPR Art. 58(1)(a)); its
 * answer is awaited under the clock {@code COMPLAINT_INSTRUCTION_REQUEST_ANSWER}.
 */
@Entity
@Table(schema = "complaints", name = "information_request")
public class InformationRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(nullable = false, updatable = false)
    private String questions;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "clock_id")
    private Long clockId;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_summary")
    private String answerSummary;

    protected InformationRequest() {
        // for JPA
    }

    InformationRequest(Complaint complaint, String questions, LocalDate sentOn) {
        this.complaint = complaint;
        this.questions = questions;
        this.sentOn = sentOn;
    }

    void answered(LocalDate on, String summary) {
        if (answeredOn != null) {
            throw ComplaintException.refused("request.alreadyAnswered", sentOn);
        }
        if (on.isBefore(sentOn)) {
            throw ComplaintException.onField("answeredOn", "request.answerBeforeRequest", sentOn);
        }
        this.answeredOn = on;
        this.answerSummary = summary;
    }

    /** The answer clock started for this request (set once, right after the request is stored). */
    public void trackedBy(long clock) {
        this.clockId = clock;
    }

    public Long id() {
        return id;
    }

    public String questions() {
        return questions;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public Long clockId() {
        return clockId;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answerSummary() {
        return answerSummary;
    }

    public boolean isOpen() {
        return answeredOn == null;
    }
}
