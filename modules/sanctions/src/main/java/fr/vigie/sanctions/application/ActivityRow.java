package fr.vigie.sanctions.application;

import java.math.BigDecimal;

/**
 * One line of the sanctions activity report: the decisions of a year, procedure and infringed
 * article, how many imposed each kind of measure, and the fines imposed (a decision citing several
 * articles counts under each, so lines do not add up across articles).
 */
public record ActivityRow(
        int year,
        String procedure,
        String article,
        long decisions,
        long withFine,
        long withInjunction,
        long withCallToOrder,
        long withLimitation,
        long withSuspension,
        BigDecimal finesTotal) {}
