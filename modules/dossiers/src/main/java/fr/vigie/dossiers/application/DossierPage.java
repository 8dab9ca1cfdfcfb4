package fr.vigie.dossiers.application;

import java.util.List;

/** A page of the list and the number of rows matching the filter. */
public record DossierPage(List<DossierSummary> rows, long total, int offset, int limit) {
}
