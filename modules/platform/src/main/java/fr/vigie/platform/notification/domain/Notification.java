package fr.vigie.platform.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Something a user should look at (a clock at risk, a case assigned...), until they mark it read. */
@Entity
@Table(schema = "platform", name = "notification")
@NamedQuery(
        name = "Notification.unread",
        query =
                "SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL ORDER BY n.createdAt DESC")
@NamedQuery(
        name = "Notification.unreadCount",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "message_args", updatable = false)
    private String messageArgs;

    @Column(name = "case_ref", updatable = false)
    private String caseRef;

    @Column(updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
        // for JPA
    }

    public Notification(
            String recipient, Instant createdAt, String messageKey, String messageArgs, String caseRef, String link) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.caseRef = caseRef;
        this.link = link;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isAddressedTo(String username) {
        return recipient.equals(username);
    }

    public Long id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String messageKey() {
        return messageKey;
    }

    public String messageArgs() {
        return messageArgs;
    }

    public String caseRef() {
        return caseRef;
    }

    public String link() {
        return link;
    }
}
