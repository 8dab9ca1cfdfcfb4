package fr.vigie.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates (2026-05-11) in query and path parameters; a malformed one is a 400 naming the value. */
@Provider
public class DateParamConverters implements ParamConverterProvider {
    private static final ParamConverter<LocalDate> LOCAL_DATE = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("Invalid date '" + value + "': expected YYYY-MM-DD", e);
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) LOCAL_DATE : null;
    }
}
