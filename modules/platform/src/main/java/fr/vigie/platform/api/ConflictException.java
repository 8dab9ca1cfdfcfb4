package fr.vigie.platform.api;

/**
 * Someone else changed the same record since it was read (optimistic locking). Nothing was
 * written; the user reloads and decides again — edits are never silently overwritten.
 */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String what) {
        super("error.conflict", what);
    }
}
