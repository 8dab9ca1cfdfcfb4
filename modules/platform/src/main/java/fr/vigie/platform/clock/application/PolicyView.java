package fr.vigie.platform.clock.application;

import java.time.Instant;

/**
 * One policy of the catalogue as the administration screen and the API list it.
 *
 * @param code            the policy code
 * @param version         the current version
 * @param title           what the deadline is for
 * @param legalSource     the article it comes from
 * @param period          e.g. {@code 3 months}
 * @param periodAmount    the amount of the period
 * @param periodUnit      the unit spelling, e.g. {@code months}
 * @param startsWhen      what starts it
 * @param stopsWhen       what stops it
 * @param suspendable     whether it can be suspended
 * @param extensionRule   how it can be extended, in words (English, e.g. "one extension of at most 3 months")
 * @param maxExtensions   how many extensions
 * @param maxExtension    the longest extension, e.g. {@code 3 months}, or null
 * @param direction       {@code after_event} or {@code before_event}
 * @param onExpiry        what expiry means: breach, silence_means_acceptance, right_lapses, term_ends
 * @param atRiskPercent   the at-risk share of the period
 * @param atRiskDays      the at-risk number of days
 * @param effectiveFrom   since when this version applies
 * @param changedBy       who wrote this version
 * @param reason          why
 * @param configurable    true if the period is practice an administrator may revise; false if fixed by law
 * @param module          the module whose cases the policy's clocks run on
 */
public record PolicyView(
        String code,
        int version,
        String title,
        String legalSource,
        String period,
        int periodAmount,
        String periodUnit,
        String startsWhen,
        String stopsWhen,
        boolean suspendable,
        String extensionRule,
        int maxExtensions,
        String maxExtension,
        String direction,
        String onExpiry,
        int atRiskPercent,
        int atRiskDays,
        Instant effectiveFrom,
        String changedBy,
        String reason,
        boolean configurable,
        String module) {}
