package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionRepository;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** What people read of inspections: the file (with the acts allowed to them now), the list, the documents. */
@Stateless
@RolesAllowed({Roles.HEAD_OF_INSPECTIONS, Roles.INSPECTOR, Roles.PRESIDENT, Roles.MANAGER})
public class InspectionQueries {
    @Inject
    InspectionRepository inspections;

    @Inject
    InspectionLists lists;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationDirectory directory;

    /** Rows of an export resolved against the directory per query. */
    static final int EXPORT_BATCH = 1_000;

    public InspectionFile file(String reference) {
        Inspection i = inspections
                .find(new InspectionReference(reference))
                .orElseThrow(() -> new NotFoundException("inspection", reference));
        CaseOrganisation organisation = CaseOrganisation.read(
                directory,
                i.organisationId(),
                i.organisation().name(),
                i.organisation().number());
        return InspectionFile.of(i, organisation, i.availableActsFor(currentUser.roles()));
    }

    public List<DocumentInfo> documents(String reference) {
        return documents.listFor(new InspectionReference(reference).caseRef());
    }

    public InspectionListPage list(InspectionFilter filter, String sort, boolean ascending, int offset, int limit) {
        if (limit < 1 || limit > InspectionLists.MAX_PAGE) {
            throw InspectionException.onField("limit", "list.limit.range", InspectionLists.MAX_PAGE);
        }
        InspectionListPage page = lists.page(filter, sort, ascending, Math.max(0, offset), limit);
        // The page's organisations from the directory, one query per page (ADR 7 step 1); the filter
        // and sort on the organisation still use the inspection's copy, in its own SQL (step 3).
        return new InspectionListPage(
                CaseOrganisations.apply(directory, page.rows(), InspectionSummary.ORGANISATION),
                page.total(),
                page.capped(),
                page.offset(),
                page.limit());
    }

    public int export(
            InspectionFilter filter,
            String sort,
            boolean ascending,
            int max,
            java.util.function.Consumer<InspectionSummary> sink) {
        try (var resolved = CaseOrganisations.batched(directory, InspectionSummary.ORGANISATION, EXPORT_BATCH, sink)) {
            return lists.forEachRow(filter, sort, ascending, max, resolved);
        }
    }

    /** The inspections opened from a case of another module (e.g. {@code complaints:PL-2026-000123}). */
    public List<String> fromOrigin(String caseRef) {
        return inspections.fromOrigin(caseRef).stream()
                .map(i -> i.reference().value())
                .toList();
    }

    @RolesAllowed(Roles.PRESIDENT)
    public List<HomeItem> missionOrdersToSign(int max) {
        return CaseOrganisations.apply(directory, lists.missionOrdersToSign(max), HomeItem.ORGANISATION);
    }

    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public List<HomeItem> toClose(int max) {
        return CaseOrganisations.apply(directory, lists.toClose(max), HomeItem.ORGANISATION);
    }

    @RolesAllowed(Roles.INSPECTOR)
    public List<HomeItem> mine(int max) {
        return CaseOrganisations.apply(
                directory, lists.ofInspector(currentUser.username(), max), HomeItem.ORGANISATION);
    }
}
