package fr.vigie.committee.persistence;

import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {
    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    @Override
    public Optional<CommitteeMember> findByUsername(String username) {
        return em.createNamedQuery("CommitteeMember.byUsername", CommitteeMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CommitteeMember> active() {
        return em.createNamedQuery("CommitteeMember.active", CommitteeMember.class)
                .getResultList();
    }

    @Override
    public void store(CommitteeMember member) {
        if (member.id() == null) {
            em.persist(member);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("member");
        }
    }
}
