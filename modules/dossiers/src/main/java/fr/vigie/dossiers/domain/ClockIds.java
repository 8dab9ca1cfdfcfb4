package fr.vigie.dossiers.domain;

/** The platform clocks of a dossier, by role; null where not started. */
public record ClockIds(
        Long completion,
        Long opinion,
        Long decision,
        Long target,
        Long delivery,
        Long availability,
        Long publication,
        Long permit,
        Long extension,
        Long deletion) {

    public static ClockIds none() {
        return new ClockIds(null, null, null, null, null, null, null, null, null, null);
    }

    public static ClockIds opinion(Long id) {
        return new ClockIds(null, id, null, null, null, null, null, null, null, null);
    }

    public static ClockIds decision(Long id) {
        return new ClockIds(null, null, id, null, null, null, null, null, null, null);
    }

    public static ClockIds target(Long id) {
        return new ClockIds(null, null, null, id, null, null, null, null, null, null);
    }

    public static ClockIds delivery(Long id) {
        return new ClockIds(null, null, null, null, id, null, null, null, null, null);
    }

    public static ClockIds availability(Long id) {
        return new ClockIds(null, null, null, null, null, id, null, null, null, null);
    }

    public static ClockIds publication(Long id) {
        return new ClockIds(null, null, null, null, null, null, id, null, null, null);
    }

    public static ClockIds permit(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, id, null, null);
    }

    public static ClockIds extension(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, null, id, null);
    }

    public static ClockIds deletion(Long id) {
        return new ClockIds(null, null, null, null, null, null, null, null, null, id);
    }

    public static ClockIds completion(Long id) {
        return new ClockIds(id, null, null, null, null, null, null, null, null, null);
    }
}
