package fr.vigie.platform.security.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.security.domain.ApiToken;
import fr.vigie.platform.security.domain.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public Optional<ApiToken> findByPublicId(String publicId) {
        return em.createNamedQuery("ApiToken.byPublicId", ApiToken.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> findAll() {
        return em.createNamedQuery("ApiToken.all", ApiToken.class).getResultList();
    }

    @Override
    public List<ApiToken> findByOwner(long ownerId) {
        return em.createNamedQuery("ApiToken.byOwner", ApiToken.class)
                .setParameter("ownerId", ownerId)
                .getResultList();
    }

    @Override
    public void store(ApiToken token) {
        if (token.id() == null) {
            em.persist(token);
        }
    }

    @Override
    public boolean recordUse(long id, Instant now, Duration resolution) {
        return em.createNativeQuery("UPDATE platform.api_token SET last_used_at = ?1"
                                + " WHERE id = ?2 AND (last_used_at IS NULL OR last_used_at < ?3)")
                        .setParameter(1, java.sql.Timestamp.from(now))
                        .setParameter(2, id)
                        .setParameter(3, java.sql.Timestamp.from(now.minus(resolution)))
                        .executeUpdate()
                == 1;
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("token");
        }
    }
}
