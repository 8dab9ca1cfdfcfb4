package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The ids of the platform's legal clocks the services started for the case (the clocks
 * themselves are the platform's); null while a clock was never started.
 */
@Embeddable
public class CaseClocks {
    @Column(name = "reply_clock_id")
    private Long reply;

    @Column(name = "answer_clock_id")
    private Long answer;

    @Column(name = "hearing_clock_id")
    private Long hearing;

    @Column(name = "appeal_clock_id")
    private Long appeal;

    @Column(name = "art60_clock_id")
    private Long art60;

    protected CaseClocks() {
        // for JPA
    }

    static CaseClocks none() {
        return new CaseClocks();
    }

    private CaseClocks copy() {
        CaseClocks c = new CaseClocks();
        c.reply = reply;
        c.answer = answer;
        c.hearing = hearing;
        c.appeal = appeal;
        c.art60 = art60;
        return c;
    }

    CaseClocks withReply(long id) {
        CaseClocks c = copy();
        c.reply = id;
        return c;
    }

    CaseClocks withAnswer(long id) {
        CaseClocks c = copy();
        c.answer = id;
        return c;
    }

    CaseClocks withHearing(long id) {
        CaseClocks c = copy();
        c.hearing = id;
        return c;
    }

    CaseClocks withAppeal(long id) {
        CaseClocks c = copy();
        c.appeal = id;
        return c;
    }

    CaseClocks withArt60(long id) {
        CaseClocks c = copy();
        c.art60 = id;
        return c;
    }

    public Long reply() {
        return reply;
    }

    public Long answer() {
        return answer;
    }

    public Long hearing() {
        return hearing;
    }

    public Long appeal() {
        return appeal;
    }

    public Long art60() {
        return art60;
    }
}
