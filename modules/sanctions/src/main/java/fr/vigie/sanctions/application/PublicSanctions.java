package fr.vigie.sanctions.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The published sanction decisions, open to everyone without login on purpose: publication is the
 * committee's decision, and the published version holds no personal data (the organisation's name
 * is removed on the anonymisation day).
 */
@Stateless
@PermitAll
public class PublicSanctions {
    @Inject
    CaseLists lists;

    public PublicPage page(int offset, int limit) {
        return new PublicPage(lists.published(Math.max(0, offset), limit), lists.publishedCount());
    }

    /** A page of published decisions and how many there are. */
    public record PublicPage(java.util.List<PublishedDecision> decisions, long total) {}
}
