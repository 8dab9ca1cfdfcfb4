package fr.vigie.platform.rest;

import fr.vigie.platform.http.RequestIds;
import java.util.List;

/** Builds problem documents with the current request id, so that support can find the log line. */
final class Problems {
    private static final String TYPE_BASE = "https://vigie.example/problems/";

    private Problems() {}

    static Problem of(String type, String title, int status, String detail, List<Problem.FieldError> errors) {
        return new Problem(
                TYPE_BASE + type,
                title,
                status,
                detail,
                null,
                RequestIds.current(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
