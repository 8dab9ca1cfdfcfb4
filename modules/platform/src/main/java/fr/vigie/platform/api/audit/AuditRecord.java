package fr.vigie.platform.api.audit;

import fr.vigie.platform.api.CaseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a case, to be appended to the audit trail: the action (a stable code such
 * as {@code COMPLAINT_QUALIFIED}), the case, the reason given by the person, and the fields
 * changed. Who and when are filled in by the trail itself.
 */
public record AuditRecord(String action, String module, CaseRef caseRef, String reason, List<FieldChange> changes) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(module, "module");
        changes = List.copyOf(changes == null ? List.of() : changes);
    }

    public static Builder of(String module, String action) {
        return new Builder(module, action);
    }

    /** Fluent construction, so that call sites read as a sentence. */
    public static final class Builder {
        private final String module;
        private final String action;
        private CaseRef caseRef;
        private String reason;
        private final List<FieldChange> changes = new ArrayList<>();

        private Builder(String module, String action) {
            this.module = module;
            this.action = action;
        }

        public Builder onCase(CaseRef ref) {
            this.caseRef = ref;
            return this;
        }

        public Builder because(String why) {
            this.reason = why;
            return this;
        }

        public Builder changed(String field, Object before, Object after) {
            changes.add(new FieldChange(
                    field, before == null ? null : before.toString(), after == null ? null : after.toString()));
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(action, module, caseRef, reason, changes);
        }
    }
}
