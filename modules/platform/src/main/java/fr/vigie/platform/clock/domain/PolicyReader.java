package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Turns the {@code <CODE>.<attribute>} values of one policy into a {@link LegalPolicy}.
 *
 * <p>Kept apart from {@link PolicyCatalogue} so that each error message can name the exact
 * key at fault ("FORMAL_NOTICE_COMPLIANCE.period"): the person fixing the file needs that,
 * not a stack trace.
 */
final class PolicyReader {

    private final String code;
    private final Map<String, String> attributes;

    PolicyReader(String code, Map<String, String> attributes) {
        this.code = code;
        this.attributes = attributes;
    }

    LegalPolicy read() {
        try {
            return LegalPolicy.builder(code)
                    .title(required("title"))
                    .legalSource(required("source"))
                    .period(Period.parse(required("period")))
                    .minimumPeriod(optionalPeriod("minimum-period"))
                    .maximumPeriod(optionalPeriod("maximum-period"))
                    .startsWhen(required("starts"))
                    .stopsWhen(required("stops"))
                    .suspendable(bool("suspendable", false))
                    .extensionRule(extensionRule())
                    .direction(CountingDirection.parse(attributes.getOrDefault("direction", "after_event")))
                    .expiryEffect(ExpiryEffect.parse(attributes.getOrDefault("on-expiry", "breach")))
                    .atRiskThreshold(new AtRiskThreshold(
                            integer("at-risk.percent", AtRiskThreshold.DEFAULT.percentOfPeriod()),
                            integer("at-risk.minimum-days", AtRiskThreshold.DEFAULT.minimumDays())))
                    .module(attributes.get("module"))
                    .configurable(bool("configurable", false))
                    .appliesToCasesOpenedFrom(optionalDate("applies-to-cases-opened-from"))
                    .version(integer("version", null))
                    .build();
        } catch (ClockRuleException invalid) {
            ClockRuleException named = new ClockRuleException(
                    "clock.policy.invalid", "Legal policy %s is invalid: %s", code, invalid.getMessage());
            named.initCause(invalid);
            throw named;
        }
    }

    private ExtensionRule extensionRule() {
        int count = integer("extensions.max-count", 0);
        Period maxEach = optionalPeriod("extensions.max-period");
        return maxEach == null ? ExtensionRule.upTo(count) : ExtensionRule.upTo(count, maxEach);
    }

    private String required(String attribute) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            throw new ClockRuleException("clock.policy.missingKey", "the key %s.%s is missing", code, attribute);
        }
        return value;
    }

    private Period optionalPeriod(String attribute) {
        String value = attributes.get(attribute);
        return value == null || value.isEmpty() ? null : Period.parse(value);
    }

    private LocalDate optionalDate(String attribute) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new ClockRuleException(
                    "clock.policy.badDate", "%s.%s must be a date as 2027-04-02, not '%s'", code, attribute, value);
        }
    }

    private boolean bool(String attribute, boolean defaultValue) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new ClockRuleException(
                    "clock.policy.badBoolean", "%s.%s must be true or false, not '%s'", code, attribute, value);
        }
        return Boolean.parseBoolean(value);
    }

    private int integer(String attribute, Integer defaultValue) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            if (defaultValue == null) {
                return Integer.parseInt(required(attribute));
            }
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new ClockRuleException(
                    "clock.policy.badNumber", "%s.%s must be a whole number, not '%s'", code, attribute, value);
        }
    }
}
