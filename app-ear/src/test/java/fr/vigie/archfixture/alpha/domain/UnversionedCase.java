package fr.vigie.archfixture.alpha.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Breaks "every aggregate root has a @Version": two people's edits would silently overwrite each other. */
@Entity
public class UnversionedCase {
    @Id
    private Long id;

    public Long id() {
        return id;
    }
}
