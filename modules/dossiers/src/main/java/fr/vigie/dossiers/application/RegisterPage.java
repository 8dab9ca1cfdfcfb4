package fr.vigie.dossiers.application;

import java.util.List;

/** A page of the public register. */
public record RegisterPage(List<RegisterEntry> entries, long total, int offset, int limit) {}
