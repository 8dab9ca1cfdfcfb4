package fr.vigie.platform.api.web;

import fr.vigie.platform.api.CaseRef;
import java.util.List;
import java.util.Locale;

/**
 * Extension point of case files: a module names its cases that came from, or refer to, a case of
 * another module, so that the other module's file shows them too. It exists because the module
 * that knows the link usually depends on the other one already (inspections consume the
 * complaints' referral event): a query port in its {@code api} would make the dependency a cycle.
 * Implemented by an {@code @ApplicationScoped} bean; the page shows what every contribution
 * returns.
 */
public interface LinkedCaseContribution {
    /** The contributing module's cases linked to {@code caseRef}, labelled in {@code locale}; empty when none. */
    List<LinkedCase> linkedTo(CaseRef caseRef, Locale locale);
}
