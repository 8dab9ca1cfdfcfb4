package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.retention.PersonalDataHolder;
import fr.vigie.platform.api.retention.RetainedCaseType;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole schedule: every module's case types and outcomes, each at its stored periods or the module's default. */
@ApplicationScoped
public class RetentionSchedule {
    @Inject
    Instance<PersonalDataHolder> holders;

    @Inject
    RetentionStore store;

    public List<RetentionRule> rules() {
        Map<List<String>, RetentionRule> stored = store.storedRules();
        List<RetentionRule> rules = new ArrayList<>();
        for (PersonalDataHolder holder : holders()) {
            for (RetainedCaseType type : holder.caseTypes()) {
                for (String outcome : type.outcomes()) {
                    rules.add(stored.getOrDefault(
                            List.of(holder.module(), type.code(), outcome),
                            new RetentionRule(
                                    holder.module(),
                                    type.code(),
                                    outcome,
                                    type.pseudonymiseAfterMonths(),
                                    type.deleteFileAfterMonths(),
                                    0,
                                    null)));
                }
            }
        }
        return rules;
    }

    public RetentionRule rule(String module, String caseType, String outcome) {
        return rules().stream()
                .filter(r -> r.module().equals(module)
                        && r.caseType().equals(caseType)
                        && r.outcome().equals(outcome))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("retention rule", module + "/" + caseType + "/" + outcome));
    }

    /** The modules that hold people's data, by name. */
    public List<PersonalDataHolder> holders() {
        return holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::module))
                .toList();
    }

    public Optional<PersonalDataHolder> holder(String module) {
        return holders().stream().filter(h -> h.module().equals(module)).findFirst();
    }
}
