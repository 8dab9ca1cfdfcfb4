package fr.vigie.complaints.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Maps a {@link UUID} attribute to a {@code uuid} column that may be empty. Why: EclipseLink's own UUID
 * conversion, applied to every {@code UUID} attribute without a converter, fails on a null column value
 * (a {@code NullPointerException} while reading the row), so an entity with such a column could not be
 * read at all. The driver reads and binds {@code uuid} as {@link UUID}, so both directions are the
 * identity. Writing null still needs a column type PostgreSQL can infer: use it for columns the
 * application reads empty, not to write empty ones.
 */
@Converter
public class NullableUuidColumn implements AttributeConverter<UUID, UUID> {
    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
