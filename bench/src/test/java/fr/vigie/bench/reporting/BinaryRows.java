package fr.vigie.bench.reporting;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads back rows in PostgreSQL's binary COPY tuple format (tests): each row is its fields' bytes, null for SQL NULL. */
final class BinaryRows {
    private static final long POSTGRES_EPOCH_DAY = 10_957;

    private BinaryRows() {}

    static List<byte[][]> read(BinaryCopyRows rows) {
        ByteBuffer in = ByteBuffer.wrap(rows.rowBytes());
        List<byte[][]> result = new ArrayList<>();
        while (in.hasRemaining()) {
            byte[][] fields = new byte[in.getShort()][];
            for (int i = 0; i < fields.length; i++) {
                int length = in.getInt();
                if (length >= 0) {
                    fields[i] = new byte[length];
                    in.get(fields[i]);
                }
            }
            result.add(fields);
        }
        return result;
    }

    static String text(byte[] field) {
        return field == null ? null : new String(field, StandardCharsets.UTF_8);
    }

    static LocalDate date(byte[] field) {
        return field == null
                ? null
                : LocalDate.ofEpochDay(
                        POSTGRES_EPOCH_DAY + ByteBuffer.wrap(field).getInt());
    }

    static long int8(byte[] field) {
        return ByteBuffer.wrap(field).getLong();
    }

    static Instant timestamp(byte[] field) {
        long micros = ByteBuffer.wrap(field).getLong();
        return Instant.ofEpochSecond(POSTGRES_EPOCH_DAY * 86_400L).plusNanos(micros * 1_000L);
    }

    /** A one-dimensional text[] without nulls. */
    static List<String> textArray(byte[] field) {
        ByteBuffer in = ByteBuffer.wrap(field);
        int dimensions = in.getInt();
        in.getInt(); // has-nulls flag
        in.getInt(); // element type
        int count = dimensions == 0 ? 0 : in.getInt();
        if (dimensions > 0) {
            in.getInt(); // lower bound
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] element = new byte[in.getInt()];
            in.get(element);
            values.add(new String(element, StandardCharsets.UTF_8));
        }
        return values;
    }
}
