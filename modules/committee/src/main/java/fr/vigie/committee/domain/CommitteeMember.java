package fr.vigie.committee.domain;

import fr.vigie.platform.api.Stamp;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A seat on the data-access committee (the roster the secretary keeps, as appointed by decree), with
 * the member's declarations of interest. Holding the DAC_MEMBER or DAC_CHAIR role lets a person use
 * the committee's screens; being on the roster is what gives a vote and counts for the quorum.
 */
@Entity
@Table(schema = "committee", name = "member")
@NamedQuery(name = "CommitteeMember.byUsername", query = "SELECT m FROM CommitteeMember m WHERE m.username = :username")
@NamedQuery(
        name = "CommitteeMember.active",
        query = "SELECT m FROM CommitteeMember m WHERE m.active = TRUE ORDER BY m.displayName")
public class CommitteeMember {
    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberFunction function;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL)
    @OrderBy("declaredOn DESC, id DESC")
    private List<Interest> interests = new ArrayList<>();

    protected CommitteeMember() {
        // for JPA
    }

    public CommitteeMember(String username, String displayName, MemberFunction function) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw CommitteeException.onField("username", "member.username.required");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_NAME) {
            throw CommitteeException.onField("displayName", "member.displayName.required", MAX_NAME);
        }
        this.username = username.strip();
        this.displayName = displayName.strip();
        this.function = Objects.requireNonNull(function, "function");
        this.active = true;
    }

    /**
     * Records a declaration of interest. At least the organisation's name or its SIREN; the nature
     * of the interest is required (it is read out when the recusal is recorded).
     */
    public Interest declareInterest(String organisationName, String sirenText, String nature, Stamp stamp) {
        String name = organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
        String siren = Organisations.siren(sirenText, "siren");
        if (name == null && siren == null) {
            throw CommitteeException.onField("organisationName", "interest.organisation.required");
        }
        if (name != null && name.length() > 300) {
            throw CommitteeException.onField("organisationName", "text.tooLong", 300);
        }
        if (nature == null || nature.isBlank()) {
            throw CommitteeException.onField("nature", "interest.nature.required");
        }
        if (nature.length() > Interest.MAX_NATURE) {
            throw CommitteeException.onField("nature", "text.tooLong", Interest.MAX_NATURE);
        }
        Interest interest = new Interest(this, name, siren, nature.strip(), stamp);
        interests.add(interest);
        return interest;
    }

    /** Ends a declaration (the interest ceased). Recusals it caused stay on record. */
    public Interest endInterest(long interestId, Stamp stamp) {
        Interest interest = interests.stream()
                .filter(i -> Objects.equals(i.id(), interestId))
                .findFirst()
                .orElseThrow(() -> CommitteeException.onField("interest", "interest.unknown", interestId));
        if (!interest.isCurrent()) {
            throw CommitteeException.refused("interest.alreadyEnded");
        }
        interest.end(stamp.today());
        return interest;
    }

    /**
     * The member's current declaration that concerns the applicant, if any: then the member is recused.
     *
     * @param applicantId the applicant's directory id (ADR 7), null when not linked
     */
    public Optional<Interest> interestIn(Long applicantId, String applicantName, String applicantSiren) {
        return interests.stream()
                .filter(i -> i.concerns(applicantId, applicantName, applicantSiren))
                .findFirst();
    }

    public void changeFunction(MemberFunction newFunction) {
        this.function = Objects.requireNonNull(newFunction, "function");
    }

    /** The member's term ended: no vote, not counted for the quorum; history kept. */
    public void leave() {
        if (!active) {
            throw CommitteeException.refused("member.alreadyLeft", username);
        }
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public MemberFunction function() {
        return function;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isChair() {
        return function == MemberFunction.CHAIR;
    }

    public long version() {
        return version;
    }

    public List<Interest> interests() {
        return Collections.unmodifiableList(interests);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitteeMember other && username != null && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
