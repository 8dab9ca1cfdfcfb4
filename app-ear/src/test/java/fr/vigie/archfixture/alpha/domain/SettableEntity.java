package fr.vigie.archfixture.alpha.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Breaks "entities have no public setters". */
@Entity
public class SettableEntity {
    @Id
    private Long id;

    private String status;

    public void setStatus(String status) {
        this.status = status;
    }

    public String status() {
        return status;
    }

    public Long id() {
        return id;
    }
}
