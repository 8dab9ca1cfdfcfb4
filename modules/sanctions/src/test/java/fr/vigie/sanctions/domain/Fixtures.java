package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Shared test data: stamps of named people on given days, an undertaking, caps that follow a simple rule. */
final class Fixtures {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {}

    static Stamp by(String actor) {
        return on(actor, DAY);
    }

    static Stamp on(String actor, LocalDate day) {
        return new Stamp(actor, day.atStartOfDay().toInstant(ZoneOffset.UTC), day);
    }

    static Undertaking undertaking() {
        return new Undertaking(
                "Acme Santé", "732829320", "Acme Group", Money.euros(new BigDecimal("1000000000")), 2025, false);
    }

    /** An organisation established abroad, with the SIREN of its French branch. */
    static Undertaking undertakingAbroad() {
        return new Undertaking(
                "Acme Health GmbH", "732829320", "Acme Group", Money.euros(new BigDecimal("1000000000")), 2025, true);
    }

    static List<Breach> breaches() {
        return List.of(new Breach("RGPD art. 32", "SERIOUS", "Passwords stored in clear"));
    }

    /** Ordinary: €20M or 4 % of turnover; simplified: €20,000; penalties €100,000 / €100 a day. */
    static final LawfulCaps CAPS = (procedure, articles, turnover, fine, penalty) -> {
        boolean simplified = procedure == Procedure.SIMPLIFIED;
        Money fineCap = simplified
                ? Money.euros(20_000)
                : Money.euros(turnover.amount().multiply(new BigDecimal("0.04")).max(new BigDecimal("20000000")));
        Money penaltyCap = simplified ? Money.euros(100) : Money.euros(100_000);
        if (fine != null && fine.isGreaterThan(fineCap)) {
            return CapVerdict.refused("fine", fineCap, simplified ? "loi 78-17 art. 22-1" : "RGPD art. 83(5)");
        }
        if (penalty != null && penalty.isGreaterThan(penaltyCap)) {
            return CapVerdict.refused("penaltyPerDay", penaltyCap, "loi 78-17 art. 20");
        }
        return CapVerdict.accepted(fineCap, "RGPD art. 83(5)");
    };
}
