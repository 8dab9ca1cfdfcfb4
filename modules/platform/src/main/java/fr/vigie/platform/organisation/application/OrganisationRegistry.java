package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationsRenamed;
import fr.vigie.platform.organisation.domain.Contact;
import fr.vigie.platform.organisation.domain.Organisation;
import fr.vigie.platform.organisation.domain.OrganisationIdentity;
import fr.vigie.platform.organisation.domain.OrganisationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registering and correcting organisations. Each act names the version the person saw (a stale one
 * is a conflict, nothing is written) and is recorded in the audit trail with the fields changed.
 */
@Stateless
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.COMPLAINT_HANDLER,
    Roles.INSPECTOR,
    Roles.HEAD_OF_INSPECTIONS,
    Roles.DOSSIER_INSTRUCTOR,
    Roles.RAPPORTEUR,
    Roles.DAC_SECRETARY
})
public class OrganisationRegistry {
    public static final String MODULE = "organisations";

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    @Inject
    Event<OrganisationsRenamed> renamed;

    /** Registers an organisation; a SIREN already in the directory is refused on {@code siren}. */
    public long register(OrganisationForm form) {
        Stamp stamp = stamps.now();
        List<DomainException> refusals = new ArrayList<>();
        OrganisationIdentity identity = collect(refusals, () -> identityOf(form));
        Contact contact = collect(refusals, () -> Contact.of(form.contactName(), form.contactEmail()));
        if (identity != null
                && identity.siren() != null
                && organisations.findBySiren(identity.siren()).isPresent()) {
            refusals.add(DomainException.onField("siren", "organisation.siren.taken", identity.siren()));
        }
        if (!refusals.isEmpty()) {
            throw DomainException.ofAll(refusals);
        }
        Organisation organisation = Organisation.register(identity, contact, stamp);
        if (form.parentId() != null) {
            organisation.attachToGroup(load(form.parentId(), "parent"), stamp);
        }
        organisations.add(organisation);
        organisations.flush();
        audit.record(AuditRecord.of(MODULE, "ORGANISATION_REGISTERED")
                .onCase(caseRef(organisation))
                .changed("siren", null, identity.siren())
                .changed("siret", null, identity.headOfficeSiret())
                .changed("name", null, identity.name())
                .changed("legalForm", null, identity.legalForm())
                .changed("naf", null, identity.naf())
                .changed("country", null, identity.country())
                .changed("parent", null, form.parentId())
                .changed("contact", null, contact.toString().isBlank() ? null : contact)
                .build());
        return organisation.id();
    }

    /**
     * Corrects the identity, group and contact of an organisation, for a reason.
     *
     * @param expectedVersion the version the person saw
     */
    public void correct(long id, long expectedVersion, OrganisationForm form, String reason) {
        Stamp stamp = stamps.now();
        Organisation organisation = loadForEdit(id, expectedVersion);
        List<DomainException> refusals = new ArrayList<>();
        String why = collect(refusals, () -> Reason.require(reason));
        OrganisationIdentity identity;
        if (organisation.partlyPublic()) {
            // The unit's personal name is never kept: a name typed for it is refused, not ignored.
            String kept = organisation.identity().name();
            if (form.name() != null
                    && !form.name().isBlank()
                    && !form.name().strip().equals(kept)) {
                refusals.add(DomainException.onField("name", "organisation.partlyPublic.name"));
            }
            identity = collect(
                    refusals,
                    () -> kept == null
                            ? OrganisationIdentity.withoutPublicName(
                                    form.siren(), form.headOfficeSiret(), form.legalForm(), form.naf(), form.country())
                            : identityOf(form));
        } else {
            identity = collect(refusals, () -> identityOf(form));
        }
        Contact contact = collect(refusals, () -> Contact.of(form.contactName(), form.contactEmail()));
        if (identity != null
                && identity.siren() != null
                && !identity.siren().equals(organisation.identity().siren())
                && organisations.findBySiren(identity.siren()).isPresent()) {
            refusals.add(DomainException.onField("siren", "organisation.siren.taken", identity.siren()));
        }
        if (!refusals.isEmpty()) {
            throw DomainException.ofAll(refusals);
        }
        OrganisationIdentity before = organisation.identity();
        Contact contactBefore = organisation.contact();
        Long parentBefore = organisation.parent().map(Organisation::id).orElse(null);
        organisation.correctIdentity(identity, stamp);
        organisation.changeContact(contact, stamp);
        if (form.parentId() == null) {
            organisation.detachFromGroup(stamp);
        } else if (!form.parentId().equals(parentBefore)) {
            organisation.attachToGroup(load(form.parentId(), "parent"), stamp);
        }
        AuditRecord.Builder record = AuditRecord.of(MODULE, "ORGANISATION_CORRECTED")
                .onCase(caseRef(organisation))
                .because(why);
        changed(record, "siren", before.siren(), identity.siren());
        changed(record, "siret", before.headOfficeSiret(), identity.headOfficeSiret());
        changed(record, "name", before.name(), identity.name());
        changed(record, "legalForm", before.legalForm(), identity.legalForm());
        changed(record, "naf", before.naf(), identity.naf());
        changed(record, "country", before.country(), identity.country());
        changed(record, "parent", parentBefore, form.parentId());
        changed(record, "contact", contactBefore, contact);
        organisations.flush();
        audit.record(record.build());
        if (!Objects.equals(before.name(), identity.name())
                || !Objects.equals(before.siren(), identity.siren())
                || !Objects.equals(before.country(), identity.country())) {
            renamed.fire(OrganisationsRenamed.of(id));
        }
    }

    /** Records the worldwide annual turnover of a financial year (replacing an earlier figure, audited). */
    public void recordTurnover(
            long id, long expectedVersion, Integer financialYear, BigDecimal amount, String currency, String reason) {
        Stamp stamp = stamps.now();
        Organisation organisation = loadForEdit(id, expectedVersion);
        if (financialYear == null) {
            throw DomainException.onField("financialYear", "organisation.turnover.yearRequired");
        }
        Money money = Money.of(amount, currency, "amount", "currency");
        Optional<Money> replaced = organisation.recordTurnover(financialYear, money, stamp);
        String why = replaced.isPresent() ? Reason.require(reason) : reason;
        organisations.flush();
        audit.record(AuditRecord.of(MODULE, "ORGANISATION_TURNOVER_RECORDED")
                .onCase(caseRef(organisation))
                .because(why)
                .changed("turnover." + financialYear, replaced.orElse(null), money)
                .build());
    }

    private static void changed(AuditRecord.Builder record, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            record.changed(field, before, after);
        }
    }

    private static OrganisationIdentity identityOf(OrganisationForm form) {
        return OrganisationIdentity.of(
                form.siren(), form.headOfficeSiret(), form.name(), form.legalForm(), form.naf(), form.country());
    }

    private static <T> T collect(List<DomainException> refusals, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            refusals.addAll(e.all());
            return null;
        }
    }

    private Organisation loadForEdit(long id, long expectedVersion) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (organisation.version() != expectedVersion) {
            throw new ConflictException("organisation " + id);
        }
        return organisation;
    }

    private Organisation load(long id, String field) {
        return organisations
                .find(id)
                .orElseThrow(() -> DomainException.onField(field, "organisation.parent.unknown", id));
    }

    static CaseRef caseRef(Organisation organisation) {
        return new CaseRef(MODULE, String.valueOf(organisation.id()));
    }
}
