package fr.vigie.platform.organisation.rest;

import java.math.BigDecimal;

/** A financial year's worldwide turnover, with the organisation's version and, to replace a figure, a reason. */
public record TurnoverBody(Long version, Integer financialYear, BigDecimal amount, String currency, String reason) {}
