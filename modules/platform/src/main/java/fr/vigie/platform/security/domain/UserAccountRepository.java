package fr.vigie.platform.security.domain;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccountRepository {
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAll();

    void store(UserAccount account);

    /** Writes pending changes now, so that a concurrent edit surfaces as a conflict here. */
    void flush();
}
