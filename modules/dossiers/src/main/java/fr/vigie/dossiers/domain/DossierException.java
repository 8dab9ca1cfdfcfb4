package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.DomainException;

import java.util.List;

/**
 * A dossier rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.dossiers.i18n.errors} (French by default, English in {@code _en}).
 * A refused submission carries every field at fault ({@link #others()}), not only the first,
 * so that the applicant corrects the whole form in one go.
 */
public class DossierException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.dossiers.i18n.errors";

    private final transient List<DossierException> others;

    private DossierException(String field, String key, List<DossierException> others, Object... args) {
        super(BUNDLE, field, key, args);
        this.others = List.copyOf(others);
    }

    /** The rule concerns the operation as a whole. */
    public static DossierException refused(String key, Object... args) {
        return new DossierException(null, key, List.of(), args);
    }

    /** The rule concerns the value of one input field. */
    public static DossierException onField(String field, String key, Object... args) {
        return new DossierException(field, key, List.of(), args);
    }

    /** Several fields at fault: the first is this exception's field, all are in {@link #all()}. */
    public static DossierException onFields(List<DossierException> problems) {
        DossierException first = problems.get(0);
        return new DossierException(first.field(), first.key(), problems.subList(1, problems.size()), first.args());
    }

    /** This problem and the others found with it, in form order. */
    public List<DossierException> all() {
        List<DossierException> all = new java.util.ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    public List<DossierException> others() {
        return others;
    }
}
