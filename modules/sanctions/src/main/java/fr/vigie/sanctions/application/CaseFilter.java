package fr.vigie.sanctions.application;

/**
 * The list's filter; null fields do not filter.
 *
 * @param kind       {@link CaseRow#NOTICE} or {@link CaseRow#CASE}
 * @param status     a status name ({@link fr.vigie.sanctions.domain.NoticeStatus}, {@link fr.vigie.sanctions.domain.CaseStatus})
 * @param procedure  {@code ORDINARY} or {@code SIMPLIFIED}
 * @param rapporteur a username
 * @param text       part of the reference or of the organisation's name or number
 * @param openOnly   only cases still open
 */
public record CaseFilter(
        String kind, String status, String procedure, String rapporteur, String text, boolean openOnly) {
    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false);
    }
}
