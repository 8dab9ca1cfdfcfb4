package fr.vigie.platform.api;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule refused an operation. Carries a message key (bundle
 * {@code fr.vigie.platform.i18n.errors}, or a module's own bundle) so that the UI shows it in the
 * user's language, and optionally the input field at fault so that the message lands on it.
 * {@link #getMessage()} is the English text, for logs and the REST API.
 *
 * <p>One refusal may name several fields at once ({@link #all()}): a refused submission lists every
 * answer at fault so that the person corrects the whole form in one go. Arguments that are state
 * names ({@code DECISION_PENDING}) are shown in the reader's language when the module's bundle has a
 * text {@code status.<NAME>}. A key ending in {@code Forbidden} ({@link #forbidden}) means the person
 * may not do this at all (403 in the API) rather than "not now" (422).
 * Marked as an application exception so that it reaches the caller unwrapped and still rolls
 * the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_BUNDLE = "fr.vigie.platform.i18n.errors";

    private static final String FORBIDDEN_SUFFIX = "Forbidden";
    private static final String STATE_PREFIX = "status.";

    private final String key;
    private final String field;
    private final String bundle;
    private final transient Object[] args;
    private final transient List<DomainException> others;

    public DomainException(String key, Object... args) {
        this(DEFAULT_BUNDLE, null, key, args);
    }

    protected DomainException(String bundle, String field, String key, Object... args) {
        this(bundle, field, key, List.of(), args);
    }

    /**
     * @param others further refusals found with this one (e.g. other fields of the same form), in order
     */
    protected DomainException(
            String bundle, String field, String key, List<? extends DomainException> others, Object... args) {
        super(key);
        this.bundle = bundle;
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
        this.others = List.copyOf(others);
    }

    /**
     * Several refusals at once (e.g. every field at fault of a refused submission): this one reads as
     * the first (its bundle, field, key and arguments), {@link #all()} gives them all in order.
     */
    protected DomainException(List<? extends DomainException> refusals) {
        this(
                refusals.get(0).bundle(),
                refusals.get(0).field(),
                refusals.get(0).key(),
                refusals.subList(1, refusals.size()),
                refusals.get(0).args());
    }

    /** Several refusals at once, read as the first; see {@link #all()}. */
    public static DomainException ofAll(List<? extends DomainException> refusals) {
        return refusals.size() == 1 ? refusals.get(0) : new DomainException(refusals);
    }

    /** The same rule broken by the value of one input field. */
    public static DomainException onField(String field, String key, Object... args) {
        return new DomainException(DEFAULT_BUNDLE, field, key, args);
    }

    /**
     * This refusal on another input field: a service that hands what a person typed to another
     * module's rule (a dossier's day of delivery to a clock's meet) names the field the person
     * typed it in, so that the message lands there and the API names it. Subclasses that render
     * their messages in their own way return one of their own.
     */
    public DomainException forField(String otherField) {
        return new DomainException(bundle, otherField, key, others, args);
    }

    /**
     * The person may not do this at all (answered 403), as opposed to "not in this state" (422).
     *
     * @param key a key ending in {@code Forbidden}, so that the rule reads as what it is
     */
    public static DomainException forbidden(String key, Object... args) {
        return new DomainException(DEFAULT_BUNDLE, null, requireForbiddenKey(key), args);
    }

    /** Checks that a forbidden refusal's key says so; for the modules' own {@code forbidden} factories. */
    protected static String requireForbiddenKey(String key) {
        if (key == null || !key.endsWith(FORBIDDEN_SUFFIX)) {
            throw new IllegalArgumentException("A forbidden refusal's key ends in '" + FORBIDDEN_SUFFIX + "': " + key);
        }
        return key;
    }

    /** Whether the person may not do this at all (403), rather than not now (422). */
    public boolean isForbidden() {
        return key.endsWith(FORBIDDEN_SUFFIX);
    }

    /** This refusal and the others found with it, in order (this one first). */
    public List<DomainException> all() {
        List<DomainException> all = new ArrayList<>(1 + others.size());
        all.add(this);
        all.addAll(others);
        return List.copyOf(all);
    }

    /** The refusals found with this one (empty for a single refusal). */
    public List<DomainException> others() {
        return others;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input field at fault, or null when the rule concerns the whole operation. */
    public String field() {
        return field;
    }

    public String bundle() {
        return bundle;
    }

    /**
     * The bundle where state names are translated ({@code status.<NAME>}); the refusal's own bundle
     * unless a module keeps its state names with its page texts.
     */
    protected String statesBundle() {
        return bundle;
    }

    /** The message in the given language, falling back to the key when no text exists. */
    public String localizedMessage(Locale locale) {
        try {
            String pattern = texts(bundle, locale).getString(key);
            return new MessageFormat(pattern, locale).format(translatedStates(locale));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private Object[] translatedStates(Locale locale) {
        Object[] shown = MessageArguments.inWords(args, locale);
        ResourceBundle states;
        try {
            states = texts(statesBundle(), locale);
        } catch (MissingResourceException e) {
            return shown;
        }
        for (int i = 0; i < shown.length; i++) {
            String name =
                    shown[i] instanceof Enum<?> state ? state.name() : shown[i] instanceof String text ? text : null;
            if (name != null && states.containsKey(STATE_PREFIX + name)) {
                shown[i] = states.getString(STATE_PREFIX + name);
            }
        }
        return shown;
    }

    private ResourceBundle texts(String name, Locale locale) {
        // No fallback to the JVM's default locale: the base bundle is French, and a French
        // user must not get English because the server happens to run in English.
        return ResourceBundle.getBundle(
                name,
                locale,
                getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ENGLISH);
    }
}
