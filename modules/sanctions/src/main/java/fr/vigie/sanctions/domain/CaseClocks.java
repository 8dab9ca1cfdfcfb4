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

    /** The legal clocks of a case, one id each. */
    public enum Kind {
        /** The organisation's reply to the report (décret art. 40). */
        REPLY,
        /** The rapporteur's answer to the reply. */
        ANSWER,
        /** The notice of the hearing (policy {@code HEARING_NOTICE}). */
        HEARING,
        /** The appeal to the Conseil d'État. */
        APPEAL,
        /** The concerned authorities' objection period (GDPR Art. 60). */
        ART60
    }

    /** The clocks with {@code kind} now the clock {@code id}. */
    CaseClocks with(Kind kind, long id) {
        CaseClocks c = new CaseClocks();
        c.reply = kind == Kind.REPLY ? Long.valueOf(id) : reply;
        c.answer = kind == Kind.ANSWER ? Long.valueOf(id) : answer;
        c.hearing = kind == Kind.HEARING ? Long.valueOf(id) : hearing;
        c.appeal = kind == Kind.APPEAL ? Long.valueOf(id) : appeal;
        c.art60 = kind == Kind.ART60 ? Long.valueOf(id) : art60;
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
