package fr.vigie.platform.organisation.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation of the directory. Its identity is checked once, here, when it is registered or
 * corrected; its group is a parent organisation (never itself, never one of its own subsidiaries);
 * its turnover is kept per financial year. A unit the register publishes only partly (SIRENE
 * {@code statutDiffusionUniteLegale = P}: an individual entrepreneur who objected) carries no
 * personal name: {@link #displayName()} is empty for it.
 */
@Entity
@Table(name = "organisation", schema = "platform")
@NamedQuery(name = "Organisation.bySiren", query = "SELECT o FROM Organisation o WHERE o.identity.siren = :siren")
@NamedQuery(
        name = "Organisation.foreign",
        query = "SELECT o FROM Organisation o WHERE o.identity.siren IS NULL AND o.identity.country = :country"
                + " AND LOWER(o.identity.name) = :name ORDER BY o.id")
public class Organisation {
    /** How deep a group may nest: deeper is a data error (or a cycle), refused. */
    static final int MAX_GROUP_DEPTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private OrganisationIdentity identity;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "partly_public", nullable = false)
    private boolean partlyPublic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Embedded
    private Contact contact;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "organisation_turnover",
            schema = "platform",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("financialYear DESC")
    private List<Turnover> turnovers = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    /** Where the record came from. */
    public enum Source {
        MANUAL,
        SIRENE
    }

    protected Organisation() {
        // for JPA
    }

    private Organisation(OrganisationIdentity identity, Contact contact, Stamp stamp) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.contact = contact == null ? Contact.none() : contact;
        this.active = true;
        this.source = Source.MANUAL;
        this.createdAt = stamp.at();
        this.createdBy = stamp.actor();
        touch(stamp);
    }

    /** A person registers an organisation (its identity already checked by {@link OrganisationIdentity#of}). */
    public static Organisation register(OrganisationIdentity identity, Contact contact, Stamp stamp) {
        return new Organisation(identity, contact, stamp);
    }

    /**
     * Corrects the identity (a typo, a new name, a new sector). A partly-public unit keeps no personal
     * name: its name can be corrected only by the register's import.
     *
     * @return whether anything changed
     */
    public boolean correctIdentity(OrganisationIdentity corrected, Stamp stamp) {
        Objects.requireNonNull(corrected, "corrected");
        if (partlyPublic && !Objects.equals(corrected.name(), identity.name())) {
            throw DomainException.onField("name", "organisation.partlyPublic.name");
        }
        if (identity.equals(corrected)) {
            return false;
        }
        identity = corrected;
        touch(stamp);
        return true;
    }

    /**
     * Records (or replaces) the worldwide annual turnover of a financial year.
     *
     * @return the amount it replaces, if any
     */
    public Optional<Money> recordTurnover(int financialYear, Money amount, Stamp stamp) {
        if (financialYear < 1900 || financialYear > stamp.today().getYear()) {
            throw DomainException.onField(
                    "financialYear",
                    "organisation.turnover.year",
                    financialYear,
                    stamp.today().getYear());
        }
        Objects.requireNonNull(amount, "amount");
        Optional<Turnover> previous = turnoverOf(financialYear);
        previous.ifPresent(turnovers::remove);
        turnovers.add(new Turnover(financialYear, amount, stamp.at(), stamp.actor()));
        turnovers.sort((a, b) -> Integer.compare(b.financialYear(), a.financialYear()));
        touch(stamp);
        return previous.map(Turnover::amount);
    }

    /**
     * Attaches the organisation to its group. A group cannot be the organisation itself nor one of
     * its own subsidiaries (that would make a cycle, and "the undertaking" of Art. 83 undefined).
     */
    public void attachToGroup(Organisation group, Stamp stamp) {
        Objects.requireNonNull(group, "group");
        if (group == this || (id != null && id.equals(group.id))) {
            throw DomainException.onField("parent", "organisation.group.self");
        }
        int depth = 0;
        for (Organisation above = group; above != null; above = above.parent) {
            if (above == this || (id != null && id.equals(above.id))) {
                throw DomainException.onField("parent", "organisation.group.cycle", group.label());
            }
            if (++depth > MAX_GROUP_DEPTH) {
                throw DomainException.onField("parent", "organisation.group.tooDeep", MAX_GROUP_DEPTH);
            }
        }
        parent = group;
        touch(stamp);
    }

    /** The organisation no longer belongs to a group. */
    public void detachFromGroup(Stamp stamp) {
        if (parent != null) {
            parent = null;
            touch(stamp);
        }
    }

    /** @return whether the contact changed */
    public boolean changeContact(Contact newContact, Stamp stamp) {
        Contact c = newContact == null ? Contact.none() : newContact;
        if (c.equals(contact)) {
            return false;
        }
        contact = c;
        touch(stamp);
        return true;
    }

    /** The top of the group: the undertaking whose turnover caps a fine (DOMAIN.md). */
    public Organisation undertaking() {
        Organisation top = this;
        int depth = 0;
        while (top.parent != null && depth++ < MAX_GROUP_DEPTH) {
            top = top.parent;
        }
        return top;
    }

    public Optional<Turnover> turnoverOf(int financialYear) {
        return turnovers.stream()
                .filter(t -> t.financialYear() == financialYear)
                .findFirst();
    }

    /** The name to show: empty for a partly-public unit whose name is personal. */
    public Optional<String> displayName() {
        return Optional.ofNullable(identity.name());
    }

    /** How a refusal names the organisation: its name, or its SIREN when the name is not public. */
    public String label() {
        return displayName().orElse(identity.siren() == null ? "#" + id : identity.siren());
    }

    private void touch(Stamp stamp) {
        updatedAt = stamp.at();
        updatedBy = stamp.actor();
    }

    public Long id() {
        return id;
    }

    public OrganisationIdentity identity() {
        return identity;
    }

    public boolean active() {
        return active;
    }

    public boolean partlyPublic() {
        return partlyPublic;
    }

    public Source source() {
        return source;
    }

    public Optional<Organisation> parent() {
        return Optional.ofNullable(parent);
    }

    public Contact contact() {
        return contact == null ? Contact.none() : contact;
    }

    public List<Turnover> turnovers() {
        return Collections.unmodifiableList(turnovers);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organisation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation " + id + " " + identity.siren();
    }
}
