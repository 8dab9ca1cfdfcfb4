package fr.vigie.crossborder.domain;

import java.util.Objects;

/**
 * An extension of a running legal clock an act of the case asks for; the application layer applies
 * it with the platform's {@code LegalClocks.extend}, which checks the policy's extension rule again.
 *
 * @param policyCode the policy of the open clock to extend
 * @param months     the extension, in months
 */
public record ClockExtension(String policyCode, int months) {
    public ClockExtension {
        Objects.requireNonNull(policyCode, "policyCode");
    }
}
