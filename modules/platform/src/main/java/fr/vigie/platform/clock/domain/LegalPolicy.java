package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One legal deadline as the authority applies it: which text sets it, how long it is, what
 * starts and stops it, whether it can be suspended or extended, and when to warn.
 *
 * <p>Why a versioned value rather than constants in code: "one rule, one place". Every
 * clock names the policy and the version it was started under, so when the administrator
 * changes a configurable period (the 15 days given for inspection observations, say), clocks
 * already running keep the period that was notified to the organisation and new clocks take
 * the new one. Immutable; {@link #revise(Period)} makes the next version.
 */
public final class LegalPolicy {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();

    private final String code;
    private final String title;
    private final String legalSource;
    private final Period period;
    private final Period minimumPeriod;
    private final Period maximumPeriod;
    private final String startsWhen;
    private final String stopsWhen;
    private final boolean suspendable;
    private final ExtensionRule extensionRule;
    private final CountingDirection direction;
    private final ExpiryEffect expiryEffect;
    private final AtRiskThreshold atRiskThreshold;
    private final String module;
    private final boolean configurable;
    private final LocalDate appliesToCasesOpenedFrom;
    private final int version;

    private LegalPolicy(Builder builder) {
        this.code = requireCode(builder.code);
        this.title = Require.text(builder.title, "title of policy " + code);
        this.legalSource = Require.text(builder.legalSource, "legal source of policy " + code);
        this.period = Require.present(builder.period, "period of policy " + code);
        this.minimumPeriod = builder.minimumPeriod;
        this.maximumPeriod = builder.maximumPeriod;
        this.startsWhen = Require.text(builder.startsWhen, "start event of policy " + code);
        this.stopsWhen = Require.text(builder.stopsWhen, "stop event of policy " + code);
        this.suspendable = builder.suspendable;
        this.extensionRule = Require.present(builder.extensionRule, "extension rule of policy " + code);
        this.direction = Require.present(builder.direction, "counting direction of policy " + code);
        this.expiryEffect = Require.present(builder.expiryEffect, "expiry effect of policy " + code);
        this.atRiskThreshold = Require.present(builder.atRiskThreshold, "at-risk threshold of policy " + code);
        this.module = builder.module == null || builder.module.isBlank() ? null : builder.module.strip();
        this.configurable = builder.configurable;
        this.appliesToCasesOpenedFrom = builder.appliesToCasesOpenedFrom;
        if (builder.version < 1) {
            throw new ClockRuleException(
                    "clock.policy.badVersion",
                    "Policy %s: the version must be 1 or more, not %d",
                    code,
                    builder.version);
        }
        this.version = builder.version;
        if (direction == CountingDirection.BEFORE_EVENT && (suspendable || extensionRule.allowsExtension())) {
            throw new ClockRuleException(
                    "clock.policy.backwardNotAdjustable",
                    "Policy %s counts back from a later event: it can be neither suspended nor extended",
                    code);
        }
        requireDefaultWithinBounds();
    }

    private static String requireCode(String code) {
        String text = Require.text(code, "policy code");
        if (!CODE.matcher(text).matches()) {
            throw new ClockRuleException(
                    "clock.policy.badCode",
                    "'%s' is not a valid policy code: use capital letters, digits and underscores, e.g. GDPR_ART_78_2",
                    text);
        }
        return text;
    }

    /** Bounds are compared on a fixed reference day, since "10 days" and "3 months" only compare on a calendar. */
    private void requireDefaultWithinBounds() {
        LocalDate reference = LocalDate.of(2026, 1, 1);
        requireAllowedPeriod(reference, period, FrenchPublicHolidays.INSTANCE);
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    /**
     * The next version of this policy with another period, e.g. when the administrator
     * changes the configurable 15 days for inspection observations.
     */
    public LegalPolicy revise(Period newPeriod) {
        return toBuilder().period(newPeriod).version(version + 1).build();
    }

    /**
     * Checks a period chosen case by case (the compliance deadline the president sets in a
     * formal notice) against the policy's bounds. Bounds in other units are compared by the
     * dates they give from {@code start} under {@code calendar}.
     *
     * @throws ClockRuleException naming the bound and the legal source
     */
    public void requireAllowedPeriod(LocalDate start, Period chosen, HolidayCalendar calendar) {
        requireBoundsAround(start, chosen, calendar);
    }

    /**
     * True if a clock of this policy may run for a period chosen for its case: only when the
     * text sets a minimum or a maximum (a formal notice's deadline, a permit's term). A period
     * the law fixes (three months, one month...) is never chosen case by case.
     */
    public boolean allowsChosenPeriod() {
        return minimumPeriod != null || maximumPeriod != null;
    }

    /**
     * Checks a period chosen for one clock: the policy must allow a chosen period
     * ({@link #allowsChosenPeriod}) and the period must lie within its bounds
     * ({@link #requireAllowedPeriod}).
     *
     * @throws ClockRuleException {@code clock.chosenPeriod.notAllowed}, or the bound refused
     */
    public void requireChosenPeriod(LocalDate start, Period chosen, HolidayCalendar calendar) {
        if (!allowsChosenPeriod()) {
            throw new ClockRuleException(
                    "clock.chosenPeriod.notAllowed",
                    "The period of %s is set by %s: it cannot be chosen for a case",
                    period,
                    legalSource);
        }
        requireAllowedPeriod(start, chosen, calendar);
    }

    private void requireBoundsAround(LocalDate start, Period chosen, HolidayCalendar calendar) {
        Require.date(start, "start date");
        Require.present(chosen, "chosen period");
        LocalDate chosenEnd = chosen.nominalEndAfter(start, calendar);
        if (minimumPeriod != null && chosenEnd.isBefore(minimumPeriod.nominalEndAfter(start, calendar))) {
            throw new ClockRuleException(
                    "clock.policy.belowMinimum",
                    "A period of %s is shorter than the minimum of %s set by %s",
                    chosen,
                    minimumPeriod,
                    legalSource);
        }
        if (maximumPeriod != null && chosenEnd.isAfter(maximumPeriod.nominalEndAfter(start, calendar))) {
            throw new ClockRuleException(
                    "clock.policy.aboveMaximum",
                    "A period of %s is longer than the maximum of %s set by %s",
                    chosen,
                    maximumPeriod,
                    legalSource);
        }
    }

    /**
     * The length of one extension as the text gives it.
     *
     * @throws ClockRuleException {@code clock.extension.lengthNotSet} when the text allows no
     *                            extension or leaves its length to the deciding person
     */
    public Period legalExtensionLength() {
        return extensionRule
                .maxPerExtension()
                .orElseThrow(() -> new ClockRuleException(
                        "clock.extension.lengthNotSet",
                        "%s sets no length for an extension: the length must be chosen",
                        legalSource));
    }

    /** The last day a chosen period may reach from {@code start}, or empty without a maximum. */
    public Optional<LocalDate> latestChosenEnd(LocalDate start, HolidayCalendar calendar) {
        Require.date(start, "start date");
        return Optional.ofNullable(maximumPeriod).map(max -> max.nominalEndAfter(start, calendar));
    }

    /**
     * Checks that {@code requested} may extend a clock of this policy that already had
     * {@code alreadyGranted}.
     */
    public void requireExtensionAllowed(List<Period> alreadyGranted, Period requested) {
        extensionRule.requireAllowed(alreadyGranted, requested, legalSource);
    }

    /**
     * The deadline of a clock of this policy, with the engine's rules and this policy's
     * constraints: a policy that cannot be suspended refuses suspended days, and the
     * extensions must respect the extension rule.
     *
     * @param event the start event for a period after an event; the later event (hearing,
     *              expiry) for a period before an event
     */
    public DeadlineComputation computeDeadline(
            LocalDate event, List<Period> extensions, long suspendedDays, HolidayCalendar calendar) {
        return computeDeadline(period, event, extensions, suspendedDays, calendar);
    }

    /**
     * As {@link #computeDeadline(LocalDate, List, long, HolidayCalendar)}, for a clock whose
     * period was chosen for its case ({@code basePeriod}, already checked by
     * {@link #requireAllowedPeriod}) rather than this policy's default.
     */
    public DeadlineComputation computeDeadline(
            Period basePeriod, LocalDate event, List<Period> extensions, long suspendedDays, HolidayCalendar calendar) {
        Require.present(basePeriod, "period of the clock");
        requireAllowed(extensions, suspendedDays);
        if (direction == CountingDirection.BEFORE_EVENT) {
            return CALCULATOR.latestDayBefore(event, basePeriod, calendar);
        }
        return CALCULATOR.computeWithExtensions(event, basePeriod, extensions, suspendedDays, calendar);
    }

    /**
     * The last day only, as {@link #computeDeadline} finds it, without the explanation of each
     * step (for batch recomputations; see {@link DeadlineCalculator#lastDay}).
     */
    public LocalDate lastDay(LocalDate event, List<Period> extensions, long suspendedDays, HolidayCalendar calendar) {
        return lastDay(period, event, extensions, suspendedDays, calendar);
    }

    /** As {@link #lastDay(LocalDate, List, long, HolidayCalendar)}, from a period chosen for the case. */
    public LocalDate lastDay(
            Period basePeriod, LocalDate event, List<Period> extensions, long suspendedDays, HolidayCalendar calendar) {
        Require.present(basePeriod, "period of the clock");
        requireAllowed(extensions, suspendedDays);
        if (direction == CountingDirection.BEFORE_EVENT) {
            return CALCULATOR.latestDay(event, basePeriod, calendar);
        }
        return CALCULATOR.lastDay(event, basePeriod, extensions, suspendedDays, calendar);
    }

    private void requireAllowed(List<Period> extensions, long suspendedDays) {
        Require.present(extensions, "list of extensions");
        if (!suspendable && suspendedDays != 0) {
            throw new ClockRuleException(
                    "clock.policy.notSuspendable",
                    "The deadline under %s cannot be suspended (%d suspended days given)",
                    legalSource,
                    suspendedDays);
        }
        for (int i = 0; i < extensions.size(); i++) {
            requireExtensionAllowed(extensions.subList(0, i), extensions.get(i));
        }
    }

    /** First day a clock of this policy from {@code start} to {@code lastDay} is at risk. */
    public LocalDate atRiskFrom(LocalDate start, LocalDate lastDay) {
        return atRiskThreshold.atRiskFrom(start, lastDay);
    }

    /** True if, on {@code today}, such a clock is at risk (and not yet breached). */
    public boolean isAtRisk(LocalDate today, LocalDate start, LocalDate lastDay) {
        return atRiskThreshold.isAtRisk(today, start, lastDay);
    }

    public String code() {
        return code;
    }

    /** A short English title, e.g. "Inform the complainant of progress or outcome". */
    public String title() {
        return title;
    }

    /** The text the deadline comes from, e.g. "GDPR Art. 78(2)". */
    public String legalSource() {
        return legalSource;
    }

    /** The default period (for a chosen period such as a formal notice's, the usual one). */
    public Period period() {
        return period;
    }

    public Optional<Period> minimumPeriod() {
        return Optional.ofNullable(minimumPeriod);
    }

    public Optional<Period> maximumPeriod() {
        return Optional.ofNullable(maximumPeriod);
    }

    /** What starts the clock, in words. */
    public String startsWhen() {
        return startsWhen;
    }

    /** What stops (meets) the clock, in words. */
    public String stopsWhen() {
        return stopsWhen;
    }

    public boolean isSuspendable() {
        return suspendable;
    }

    public ExtensionRule extensionRule() {
        return extensionRule;
    }

    public CountingDirection direction() {
        return direction;
    }

    public ExpiryEffect expiryEffect() {
        return expiryEffect;
    }

    public AtRiskThreshold atRiskThreshold() {
        return atRiskThreshold;
    }

    public int version() {
        return version;
    }

    /**
     * The module whose cases this deadline runs on ({@code complaints}, {@code dossiers}...), or
     * null when the definition does not say (a policy built in a test).
     */
    public String module() {
        return module;
    }

    /**
     * True if this deadline may run on the cases of {@code caseModule}: the module it names, or one of
     * the modules it lists comma-separated (GDPR Art. 60(4)/(5) run both on sanction cases and on
     * cross-border cases); any module when it names none.
     */
    public boolean runsOnCasesOf(String caseModule) {
        if (module == null) {
            return true;
        }
        for (String named : module.split(",")) {
            if (named.strip().equals(caseModule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the period is practice the authority sets (DOMAIN's "configurable" values: the
     * 15 days for inspection observations, the usual 3 months of a formal notice...), which an
     * administrator may revise; false if the text fixes it (GDPR Art. 78(2), EHDS Art. 68(4)...),
     * which no revision may change.
     */
    public boolean isConfigurable() {
        return configurable;
    }

    /**
     * The first opening date of the cases this deadline applies to, or empty when it applies to
     * every case. Why: a new act may govern only the cases opened from its date of application
     * (Regulation (EU) 2025/2518: Chapter II from 2 April 2027, Chapter III to the investigations
     * opened or complaints lodged after that day, Art. 36; older cases keep the GDPR's procedure alone), so a clock of its
     * deadlines must not run on an older case, whenever the clock itself would start.
     */
    public Optional<LocalDate> appliesToCasesOpenedFrom() {
        return Optional.ofNullable(appliesToCasesOpenedFrom);
    }

    /** True if this deadline governs a case opened on {@code openedOn}. */
    public boolean appliesToCaseOpenedOn(LocalDate openedOn) {
        Require.date(openedOn, "opening date of the case");
        return appliesToCasesOpenedFrom == null || !openedOn.isBefore(appliesToCasesOpenedFrom);
    }

    /**
     * Checks that this deadline governs a case opened on {@code openedOn}.
     *
     * @throws ClockRuleException {@code clock.policy.notApplicableToCase} naming the legal source,
     *                            its first opening date and the case's
     */
    public void requireApplicableToCaseOpenedOn(LocalDate openedOn) {
        if (!appliesToCaseOpenedOn(openedOn)) {
            throw new ClockRuleException(
                    "clock.policy.notApplicableToCase",
                    "%s applies only to cases opened from %s: this case was opened on %s",
                    legalSource,
                    appliesToCasesOpenedFrom,
                    openedOn);
        }
    }

    private Builder toBuilder() {
        return new Builder(code)
                .title(title)
                .legalSource(legalSource)
                .period(period)
                .minimumPeriod(minimumPeriod)
                .maximumPeriod(maximumPeriod)
                .startsWhen(startsWhen)
                .stopsWhen(stopsWhen)
                .suspendable(suspendable)
                .extensionRule(extensionRule)
                .direction(direction)
                .expiryEffect(expiryEffect)
                .atRiskThreshold(atRiskThreshold)
                .module(module)
                .configurable(configurable)
                .appliesToCasesOpenedFrom(appliesToCasesOpenedFrom)
                .version(version);
    }

    /** Policies are equal when code and version are: a version is never reused for other values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LegalPolicy that && code.equals(that.code) && version == that.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version);
    }

    @Override
    public String toString() {
        return code + " v" + version + " (" + legalSource + ", " + period + ")";
    }

    /**
     * Assembles a policy; {@link #build()} checks it. Defaults: not suspendable, no extension,
     * counted after the event, a breach on expiry, {@link AtRiskThreshold#DEFAULT}, fixed by law,
     * no module, every case whatever its opening date, version 1.
     */
    public static final class Builder {
        private final String code;
        private String title;
        private String legalSource;
        private Period period;
        private Period minimumPeriod;
        private Period maximumPeriod;
        private String startsWhen;
        private String stopsWhen;
        private boolean suspendable;
        private ExtensionRule extensionRule = ExtensionRule.none();
        private CountingDirection direction = CountingDirection.AFTER_EVENT;
        private ExpiryEffect expiryEffect = ExpiryEffect.BREACH;
        private AtRiskThreshold atRiskThreshold = AtRiskThreshold.DEFAULT;
        private String module;
        private boolean configurable;
        private LocalDate appliesToCasesOpenedFrom;
        private int version = 1;

        private Builder(String code) {
            this.code = code;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder legalSource(String value) {
            this.legalSource = value;
            return this;
        }

        public Builder period(Period value) {
            this.period = value;
            return this;
        }

        public Builder minimumPeriod(Period value) {
            this.minimumPeriod = value;
            return this;
        }

        public Builder maximumPeriod(Period value) {
            this.maximumPeriod = value;
            return this;
        }

        public Builder startsWhen(String value) {
            this.startsWhen = value;
            return this;
        }

        public Builder stopsWhen(String value) {
            this.stopsWhen = value;
            return this;
        }

        public Builder suspendable(boolean value) {
            this.suspendable = value;
            return this;
        }

        public Builder extensionRule(ExtensionRule value) {
            this.extensionRule = value;
            return this;
        }

        public Builder direction(CountingDirection value) {
            this.direction = value;
            return this;
        }

        public Builder expiryEffect(ExpiryEffect value) {
            this.expiryEffect = value;
            return this;
        }

        public Builder atRiskThreshold(AtRiskThreshold value) {
            this.atRiskThreshold = value;
            return this;
        }

        public Builder module(String value) {
            this.module = value;
            return this;
        }

        public Builder configurable(boolean value) {
            this.configurable = value;
            return this;
        }

        /** The first opening date of the cases the deadline applies to (null: every case). */
        public Builder appliesToCasesOpenedFrom(LocalDate value) {
            this.appliesToCasesOpenedFrom = value;
            return this;
        }

        public Builder version(int value) {
            this.version = value;
            return this;
        }

        public LegalPolicy build() {
            return new LegalPolicy(this);
        }
    }
}
