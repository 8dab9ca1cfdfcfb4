package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.persistence.PolicyVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The policy catalogue: everyone reads it (the calculator offers its policies), the
 * administrator changes a period, which writes the next version. Clocks already running keep
 * their version; clocks started afterwards take the new one.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PolicyAdministration {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    PolicyRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The current version of every policy, by code. */
    @RolesAllowed({
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.PRESIDENT,
        Roles.RAPPORTEUR,
        Roles.SANCTIONS_MEMBER,
        Roles.SANCTIONS_CHAIR,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.DAC_MEMBER,
        Roles.DAC_CHAIR,
        Roles.DAC_SECRETARY,
        Roles.MANAGER,
        Roles.AUDITOR,
        Roles.ADMINISTRATOR
    })
    public List<PolicyView> catalogue() {
        return registry.latest().stream().map(this::view).toList();
    }

    /** Every version of one policy, latest first. */
    public List<PolicyView> history(String code) {
        return registry.history(code).stream().map(this::view).toList();
    }

    /**
     * Writes the next version of a policy with another period.
     *
     * @param expectedVersion the version the administrator looked at
     * @return the new version
     */
    public PolicyView revisePeriod(String code, int expectedVersion, int amount, String unit, String reason) {
        String why = Reason.require(reason);
        LegalPolicy current;
        try {
            current = registry.current(code);
        } catch (ClockRuleException unknown) {
            throw ClockException.of(unknown, "policy");
        }
        if (!registry.law(code).isConfigurable()) {
            throw new ClockException(
                    "policy",
                    "clock.policy.fixedByLaw",
                    current.legalSource(),
                    ClockException.period(current.period()));
        }
        if (current.version() != expectedVersion) {
            throw new ConflictException(code);
        }
        LegalPolicy revised;
        Period period;
        try {
            period = Period.of(amount, PeriodUnit.parse(unit));
            revised = current.revise(period);
        } catch (ClockRuleException refused) {
            throw ClockException.of(refused, "amount");
        }
        if (period.equals(current.period())) {
            throw new ClockException(
                    "amount",
                    "clock.policy.samePeriod",
                    period.amount() + " " + period.unit().spelling());
        }
        PolicyVersion stored = registry.history(code).get(0);
        Map<String, String> attributes = attributes(stored.definition());
        String before = attributes.get("period");
        String after = period.amount() + " " + period.unit().spelling();
        attributes.put("period", after);
        attributes.put("version", Integer.toString(revised.version()));
        String definition = PolicyRegistry.definition(attributes);
        try {
            PolicyRegistry.parse(code, definition);
        } catch (ClockRuleException refused) {
            throw ClockException.of(refused, "amount");
        }
        PolicyVersion next = new PolicyVersion(
                code,
                revised.version(),
                revised.title(),
                revised.legalSource(),
                after,
                definition,
                clock.instant(),
                currentUser.username(),
                why);
        try {
            em.persist(next);
            em.flush();
        } catch (PersistenceException concurrent) {
            // another administrator wrote this version number first (primary key)
            throw new ConflictException(code);
        }
        audit.record(AuditRecord.of(ClockNotices.MODULE, "CLOCK_POLICY_REVISED")
                .onCase(new CaseRef("platform", "policy-" + code.toLowerCase().replace('_', '-')))
                .because(why)
                .changed("version", current.version(), revised.version())
                .changed("period", before, after)
                .build());
        return view(next);
    }

    private PolicyView view(PolicyVersion stored) {
        LegalPolicy policy = registry.toPolicy(stored);
        return new PolicyView(
                stored.code(),
                stored.version(),
                stored.title(),
                stored.legalSource(),
                stored.period(),
                policy.period().amount(),
                policy.period().unit().spelling(),
                policy.startsWhen(),
                policy.stopsWhen(),
                policy.isSuspendable(),
                policy.extensionRule().toString(),
                policy.extensionRule().maxExtensions(),
                policy.extensionRule()
                        .maxPerExtension()
                        .map(p -> p.amount() + " " + p.unit().spelling())
                        .orElse(null),
                policy.direction().spelling(),
                policy.expiryEffect().spelling(),
                policy.atRiskThreshold().percentOfPeriod(),
                policy.atRiskThreshold().minimumDays(),
                stored.effectiveFrom(),
                stored.createdBy(),
                stored.reason(),
                registry.lawOf(stored.code()).map(LegalPolicy::isConfigurable).orElse(false),
                registry.lawOf(stored.code()).map(LegalPolicy::module).orElse(null));
    }

    private static Map<String, String> attributes(String definition) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(definition));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        Map<String, String> attributes = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> attributes.put(name, properties.getProperty(name)));
        return attributes;
    }
}
