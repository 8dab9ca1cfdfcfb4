package fr.vigie.platform.api;

/** The record asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, String.valueOf(id));
    }
}
