package fr.vigie.platform.security.domain;

import java.util.List;
import java.util.Optional;

/** Where API tokens are kept (implemented in persistence). */
public interface ApiTokenRepository {
    Optional<ApiToken> findByPublicId(String publicId);

    Optional<ApiToken> findById(long id);

    List<ApiToken> findAll();

    List<ApiToken> findByOwner(long ownerId);

    void store(ApiToken token);

    /**
     * Notes a use of the token at {@code now} unless one was noted less than {@code resolution}
     * ago; true when it was noted. Does not change the token's version (a use is not an edit).
     */
    boolean recordUse(long id, java.time.Instant now, java.time.Duration resolution);

    void flush();
}
