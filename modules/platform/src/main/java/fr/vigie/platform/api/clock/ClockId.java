package fr.vigie.platform.api.clock;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/** Identity of a tracked clock, as other modules keep it (e.g. on their case). In JSON, a plain number. */
@JsonbTypeAdapter(ClockId.AsNumber.class)
public record ClockId(long value) {

    /** JSON form: the number itself, not an object. */
    public static final class AsNumber implements JsonbAdapter<ClockId, Long> {
        @Override
        public Long adaptToJson(ClockId id) {
            return id.value();
        }

        @Override
        public ClockId adaptFromJson(Long value) {
            return new ClockId(value);
        }
    }

    public ClockId {
        if (value <= 0) {
            throw new IllegalArgumentException("A clock id is positive, not " + value);
        }
    }

    public static ClockId of(long value) {
        return new ClockId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
