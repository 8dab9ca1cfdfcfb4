package fr.vigie.platform.security.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
    }

    @Override
    public void store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("user");
        }
    }
}
