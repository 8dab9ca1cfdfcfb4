package fr.vigie.sanctions.domain;

import java.util.Set;

/**
 * Who may not instruct or judge a case: the inspectors of its originating inspection (neither
 * rapporteur nor judge) and the members who declared an interest in the organisation (recused).
 */
public record Impartiality(Set<String> inspectors, Set<String> interested) {
    public Impartiality {
        inspectors = inspectors == null ? Set.of() : Set.copyOf(inspectors);
        interested = interested == null ? Set.of() : Set.copyOf(interested);
    }

    public static Impartiality none() {
        return new Impartiality(Set.of(), Set.of());
    }
}
