package fr.vigie.committee.domain;

import java.util.Optional;

/** Where sessions are kept. Implemented in the persistence package. */
public interface SessionRepository {
    /** A new reference, unique, numbered per year: {@code SC-2026-0001}. */
    String nextReference(int year);

    Optional<CommitteeSession> find(long id);

    void store(CommitteeSession session);

    void flush();
}
