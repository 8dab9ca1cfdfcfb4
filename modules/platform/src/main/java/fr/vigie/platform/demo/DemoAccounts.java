package fr.vigie.platform.demo;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.security.application.PasswordHasher;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One demo account per role of DOMAIN.md, all with the documented demo password. */
@ApplicationScoped
public class DemoAccounts {
    /** username → (display name, role). Kept in step with README.md's table of demo accounts. */
    static final Map<String, Map.Entry<String, Role>> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("handler", Map.entry("Camille Martin (plaintes)", Role.COMPLAINT_HANDLER));
        ACCOUNTS.put("inspector", Map.entry("Inès Bernard (contrôles)", Role.INSPECTOR));
        ACCOUNTS.put("head", Map.entry("Hugo Petit (chef des contrôles)", Role.HEAD_OF_INSPECTIONS));
        ACCOUNTS.put("president", Map.entry("Pauline Durand (présidente)", Role.PRESIDENT));
        ACCOUNTS.put("rapporteur", Map.entry("Romain Leroy (rapporteur)", Role.RAPPORTEUR));
        ACCOUNTS.put("sanctions", Map.entry("Sophie Moreau (formation restreinte)", Role.SANCTIONS_MEMBER));
        ACCOUNTS.put(
                "sanctionschair",
                Map.entry("Simon Lefebvre (président de la formation restreinte)", Role.SANCTIONS_CHAIR));
        ACCOUNTS.put("instructor", Map.entry("Isabelle Roux (instruction santé)", Role.DOSSIER_INSTRUCTOR));
        ACCOUNTS.put("dacmember", Map.entry("David Fournier (comité d'accès)", Role.DAC_MEMBER));
        ACCOUNTS.put("dacchair", Map.entry("Claire Girard (présidente du comité)", Role.DAC_CHAIR));
        ACCOUNTS.put("dacsecretary", Map.entry("Sébastien Bonnet (secrétaire du comité)", Role.DAC_SECRETARY));
        ACCOUNTS.put("manager", Map.entry("Marie Dupont (direction)", Role.MANAGER));
        ACCOUNTS.put("auditor", Map.entry("Antoine Lambert (audit)", Role.AUDITOR));
        ACCOUNTS.put("admin", Map.entry("Alice Mercier (administratrice)", Role.ADMINISTRATOR));
    }

    /** username → team (for workload reports). */
    static final Map<String, String> TEAMS = Map.ofEntries(
            Map.entry("handler", "Plaintes"),
            Map.entry("inspector", "Contrôles"),
            Map.entry("head", "Contrôles"),
            Map.entry("president", "Présidence"),
            Map.entry("rapporteur", "Sanctions"),
            Map.entry("sanctions", "Sanctions"),
            Map.entry("sanctionschair", "Sanctions"),
            Map.entry("instructor", "Santé"),
            Map.entry("dacmember", "Comité d'accès"),
            Map.entry("dacchair", "Comité d'accès"),
            Map.entry("dacsecretary", "Comité d'accès"),
            Map.entry("manager", "Direction"),
            Map.entry("auditor", "Audit interne"),
            Map.entry("admin", "Administration"));

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Creates the missing demo accounts; existing ones (and their passwords) are left alone. */
    @Transactional
    public int ensure(String password) {
        int created = 0;
        String hash = null;
        for (Map.Entry<String, Map.Entry<String, Role>> e : ACCOUNTS.entrySet()) {
            Optional<UserAccount> existing = accounts.findByUsername(e.getKey());
            if (existing.isPresent()) {
                giveTeamIfNone(existing.get());
                continue;
            }
            hash = hash == null ? hasher.hash(password.toCharArray()) : hash;
            UserAccount account = new UserAccount(
                    e.getKey(),
                    e.getValue().getKey(),
                    e.getKey() + "@vigie.example",
                    hash,
                    Set.of(e.getValue().getValue()),
                    clock.instant());
            account.assignTeam(TEAMS.get(e.getKey()));
            accounts.store(account);
            audit.record(AuditRecord.of("platform", "USER_CREATED")
                    .onCase(new CaseRef("users", e.getKey()))
                    .because("demo account (dev/test profile)")
                    .changed("team", null, account.team())
                    .changed("roles", null, e.getValue().getValue().name())
                    .build());
            created++;
        }
        return created;
    }

    /** Demo accounts created before teams existed get theirs (an administrator's choice is kept). */
    private void giveTeamIfNone(UserAccount account) {
        if (account.team() == null && TEAMS.containsKey(account.username())) {
            account.assignTeam(TEAMS.get(account.username()));
            audit.record(AuditRecord.of("platform", "USER_TEAM_CHANGED")
                    .onCase(new CaseRef("users", account.username()))
                    .because("demo account (dev/test profile): team of the demo data")
                    .changed("team", null, account.team())
                    .build());
        }
    }
}
