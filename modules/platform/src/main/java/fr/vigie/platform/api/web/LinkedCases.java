package fr.vigie.platform.api.web;

import fr.vigie.platform.api.CaseRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cases of the chain that starts at a case: those the contributions link to it, then those
 * linked to them, and so on (a complaint → its inspection → the sanction case opened from the
 * inspection, whose status shows the decision). Each case appears once, in the order met; the
 * walk stops after {@link #MAX_HOPS} hops, far more than the chain has.
 */
public final class LinkedCases {
    static final int MAX_HOPS = 4;

    private LinkedCases() {}

    public static List<LinkedCase> chainOf(
            CaseRef start, Iterable<? extends LinkedCaseContribution> contributions, Locale locale) {
        List<LinkedCase> found = new ArrayList<>();
        Set<CaseRef> seen = new HashSet<>();
        seen.add(start);
        Deque<CaseRef> hop = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth < MAX_HOPS && !hop.isEmpty(); depth++) {
            Deque<CaseRef> next = new ArrayDeque<>();
            for (CaseRef from : hop) {
                for (LinkedCaseContribution contribution : contributions) {
                    for (LinkedCase linked : contribution.linkedTo(from, locale)) {
                        if (seen.add(linked.caseRef())) {
                            found.add(linked);
                            next.add(linked.caseRef());
                        }
                    }
                }
            }
            hop = next;
        }
        return found;
    }
}
