package fr.vigie.platform.retention.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.retention.LegalHolds;
import java.time.Instant;

/** A legal hold as recorded: active until someone releases it, with their reason. */
public record LegalHold(
        long id,
        CaseRef caseRef,
        LegalHolds.Kind kind,
        String reason,
        String placedBy,
        Instant placedAt,
        String releasedBy,
        Instant releasedAt,
        String releaseReason,
        long version) {
    public boolean active() {
        return releasedAt == null;
    }
}
