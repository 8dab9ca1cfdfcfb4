package fr.vigie.inspections.application;

import java.time.LocalDate;

/** An inspection on a home-page widget: what it is and the next date that matters. */
public record HomeItem(String reference, String organisationName, String status, LocalDate due) {}
