package fr.vigie.committee.domain;

import java.util.List;
import java.util.Optional;

/** The committee's roster. Implemented in the persistence package. */
public interface MemberRepository {
    Optional<CommitteeMember> findByUsername(String username);

    List<CommitteeMember> active();

    void store(CommitteeMember member);

    void flush();
}
