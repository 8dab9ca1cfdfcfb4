package fr.vigie.sanctions.domain;

import java.util.Optional;

/** Where formal notices are kept. Implemented in the persistence package. */
public interface NoticeRepository {
    /** A new reference, {@code MD-2026-000001}. */
    String nextReference(int year);

    Optional<FormalNotice> find(String reference);

    void store(FormalNotice notice);

    /** The formal notices prepared from the inspection {@code inspection}. */
    java.util.List<FormalNotice> fromInspection(String inspection);

    /** Writes pending changes now, so that versions are checked in the use case. */
    void flush();
}
