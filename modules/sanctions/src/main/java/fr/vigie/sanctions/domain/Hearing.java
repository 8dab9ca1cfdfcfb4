package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The hearing before the committee: its date and notice (policy {@code HEARING_NOTICE}), whether
 * the organisation asked for it to be closed to the public, and, once held, who attended and the
 * minutes. Immutable: scheduling and holding return the next state.
 */
@Embeddable
public class Hearing {
    @Column(name = "hearing_on")
    private LocalDate hearingOn;

    @Column(name = "hearing_notice_sent_on")
    private LocalDate noticeSentOn;

    @Column(name = "closed_hearing_requested", nullable = false)
    private boolean closedRequested;

    @Column(name = "heard_on")
    private LocalDate heardOn;

    @Column(name = "attendance")
    private String attendance;

    @Column(name = "minutes")
    private String minutes;

    /** Not scheduled (also what JPA uses). */
    protected Hearing() {
        // for JPA
    }

    static Hearing none() {
        return new Hearing();
    }

    /**
     * The hearing set on {@code date} with its notice sent {@code today}: refused when today is past
     * {@code noticeLatestOn}, the last day the notice may leave so as to reach the organisation in
     * time (the notice period counted back from the hearing, Reg. 1182/71 mirrored: on a weekend or
     * holiday it moves to the working day before, so the days it leaves vary with the date).
     */
    static Hearing scheduled(LocalDate date, LocalDate today, LocalDate noticeLatestOn, boolean closedRequested) {
        if (date == null) {
            throw SanctionsException.onField("hearingOn", "hearing.date.required");
        }
        if (today.isAfter(noticeLatestOn)) {
            throw SanctionsException.onField(
                    "hearingOn",
                    "hearing.notice.tooShort",
                    ChronoUnit.DAYS.between(noticeLatestOn, date),
                    date,
                    noticeLatestOn);
        }
        Hearing h = new Hearing();
        h.hearingOn = date;
        h.noticeSentOn = today;
        h.closedRequested = closedRequested;
        return h;
    }

    /** The hearing held: on its day, or today when held late; attendance and minutes are required. */
    Hearing held(String whoAttended, String hearingMinutes, LocalDate today) {
        SanctionCase.requireText(whoAttended, "attendance");
        SanctionCase.requireText(hearingMinutes, "minutes");
        Hearing h = new Hearing();
        h.hearingOn = hearingOn;
        h.noticeSentOn = noticeSentOn;
        h.closedRequested = closedRequested;
        h.attendance = whoAttended.strip();
        h.minutes = hearingMinutes.strip();
        h.heardOn = today.isBefore(hearingOn) ? hearingOn : today;
        return h;
    }

    /** True when a date was set (a new date is then a rescheduling). */
    public boolean isScheduled() {
        return hearingOn != null;
    }

    /** True when the hearing is (or was) open to the public: unless the organisation asked otherwise. */
    public boolean isPublic() {
        return !closedRequested;
    }

    public LocalDate on() {
        return hearingOn;
    }

    public LocalDate noticeSentOn() {
        return noticeSentOn;
    }

    public boolean closedRequested() {
        return closedRequested;
    }

    public LocalDate heardOn() {
        return heardOn;
    }

    public String attendance() {
        return attendance;
    }

    public String minutes() {
        return minutes;
    }
}
