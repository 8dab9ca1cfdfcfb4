package fr.vigie.sanctions.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A published decision as the public sees it: no personal data; the organisation's name is
 * replaced by {@code ***} from the anonymisation day.
 */
public record PublishedDecision(
        String reference,
        String organisation,
        LocalDate decidedOn,
        LocalDate publishedOn,
        LocalDate anonymiseOn,
        boolean anonymised,
        List<String> measures,
        BigDecimal fine,
        List<String> articles) {}
