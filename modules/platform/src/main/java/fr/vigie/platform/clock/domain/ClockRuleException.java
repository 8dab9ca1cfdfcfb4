package fr.vigie.platform.clock.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A legal-clock rule was broken by the input: an unknown period unit, a suspension that
 * overlaps another, a missing date...
 *
 * <p>Why a dedicated unchecked exception: these are mistakes of configuration or of the
 * caller, never transient failures, so nobody should be forced to catch them; but the web
 * layer must still be able to show them to a person in French or English. The English
 * message is therefore complete on its own, and {@link #messageKey()} plus
 * {@link #arguments()} let a resource bundle render a translated one.
 */
public final class ClockRuleException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    /**
     * @param messageKey     stable key for translations, e.g. {@code clock.period.unknownUnit}
     * @param englishPattern {@link String#format} pattern of the default English message
     * @param arguments      values shown in the message, in pattern order
     */
    public ClockRuleException(String messageKey, String englishPattern, Object... arguments) {
        super(String.format(englishPattern, arguments));
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** Key of the translated message, e.g. {@code clock.suspension.overlap}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values shown in the message (as text), in the order of the English pattern. */
    public List<String> arguments() {
        return arguments;
    }
}
