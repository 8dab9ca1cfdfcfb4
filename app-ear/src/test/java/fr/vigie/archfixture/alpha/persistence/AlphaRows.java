package fr.vigie.archfixture.alpha.persistence;

/** A persistence class, named directly by {@code LeakyService} instead of through a port. */
public class AlphaRows {
    public int count() {
        return 0;
    }
}
