package fr.vigie.complaints.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A proposed priority: the score, the level it maps to, and every reason that made it. */
public record PriorityAssessment(int score, PriorityLevel level, List<PriorityReason> reasons) {

    public PriorityAssessment {
        reasons = List.copyOf(reasons);
    }

    String encodedReasons() {
        return reasons.stream().map(PriorityReason::encoded).collect(Collectors.joining(","));
    }

    static List<PriorityReason> decodeReasons(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(PriorityReason::decode).toList();
    }
}
