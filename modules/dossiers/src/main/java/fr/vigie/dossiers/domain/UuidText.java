package fr.vigie.dossiers.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Stores platform document ids as text. EclipseLink binds a null {@link UUID} as a varchar
 * parameter, which PostgreSQL refuses for a {@code uuid} column; text columns avoid that.
 */
@Converter
public class UuidText implements AttributeConverter<UUID, String> {
    @Override
    public String convertToDatabaseColumn(UUID id) {
        return id == null ? null : id.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
