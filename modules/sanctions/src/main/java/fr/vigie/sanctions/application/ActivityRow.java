package fr.vigie.sanctions.application;

import java.math.BigDecimal;

/** One line of the sanctions activity report: decisions and fines of a year, procedure and infringed article. */
public record ActivityRow(
        int year,
        String procedure,
        String article,
        long decisions,
        long withFine,
        long withInjunction,
        long withCallToOrder,
        BigDecimal finesTotal) {}
