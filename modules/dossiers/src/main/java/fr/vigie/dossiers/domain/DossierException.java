package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.DomainException;
import java.util.List;

/**
 * A dossier rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.dossiers.i18n.errors} (French by default, English in {@code _en}); state names in
 * them are shown as the pages show them ({@code status.*} of the module's page bundle). A refused
 * submission carries every field at fault ({@link #all()}), not only the first, so that the
 * applicant corrects the whole form in one go.
 */
public class DossierException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.dossiers.i18n.errors";
    private static final String STATES = "fr.vigie.dossiers.i18n.messages";

    private DossierException(String field, String key, List<? extends DomainException> others, Object... args) {
        super(BUNDLE, field, key, others, args);
    }

    /** The rule concerns the operation as a whole. */
    public static DossierException refused(String key, Object... args) {
        return new DossierException(null, key, List.of(), args);
    }

    /** The rule concerns the value of one input field. */
    public static DossierException onField(String field, String key, Object... args) {
        return new DossierException(field, key, List.of(), args);
    }

    private DossierException(List<? extends DomainException> problems) {
        super(problems);
    }

    /** Several fields at fault (in form order): this exception reads as the first, all are in {@link #all()}. */
    public static DossierException onFields(List<? extends DomainException> problems) {
        return new DossierException(problems);
    }

    @Override
    protected String statesBundle() {
        return STATES;
    }
}
