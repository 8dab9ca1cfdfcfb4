package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Acts on a group of complaints (a campaign, or a selection in the work list) by running the
 * single-complaint use case on each, each in its own transaction: every complaint keeps its own
 * timeline, letters, clocks and audit entries, and one refusal does not undo the others. The
 * result lists what was refused, and why.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINT_HANDLER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignActions {
    /** What happened to a group: the references done, and a message for each refused one. */
    public record Result(List<String> done, Map<String, String> refused) {}

    @Inject
    ComplaintHandling handling;

    /**
     * What is common to the group is checked once, on its field, before any complaint is touched: the
     * callers check the handler with this before they check the reason.
     *
     * @return the handler named
     */
    public static String requireHandler(String handler) {
        if (handler == null || handler.isBlank()) {
            throw ComplaintException.onField("assignee", "complaint.assignee.required");
        }
        return handler;
    }

    /** Like {@link #requireHandler}: the outcome is checked before the reason. */
    public static Outcome requireOutcome(Outcome outcome) {
        if (outcome == null) {
            throw ComplaintException.onField("outcome", "complaint.outcome.required");
        }
        return outcome;
    }

    /** @param versions the version of each complaint as the handler saw it, by reference */
    public Result assignAll(Map<ComplaintReference, Long> versions, String handler, Reason reason, Locale locale) {
        requireHandler(handler);
        return each(versions, locale, (ref, version) -> handling.assign(ref, version, handler, reason));
    }

    public Result informAll(Map<ComplaintReference, Long> versions, String summary, Locale locale) {
        if (summary == null || summary.strip().length() < 10) {
            throw ComplaintException.onField("summary", "inform.summary.tooShort", 10);
        }
        return each(versions, locale, (ref, version) -> handling.informComplainant(ref, version, summary));
    }

    public Result closeAll(Map<ComplaintReference, Long> versions, Outcome outcome, Reason reason, Locale locale) {
        requireOutcome(outcome);
        return each(versions, locale, (ref, version) -> handling.close(ref, version, outcome, reason));
    }

    private interface Act {
        void on(ComplaintReference reference, long version);
    }

    private Result each(Map<ComplaintReference, Long> versions, Locale locale, Act act) {
        if (versions == null || versions.isEmpty()) {
            throw ComplaintException.refused("bulk.empty");
        }
        List<String> done = new ArrayList<>();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        versions.forEach((reference, version) -> {
            try {
                act.on(reference, version);
                done.add(reference.value());
            } catch (DomainException e) {
                // A refusal of one complaint is reported, not hidden, and does not stop the others.
                refused.put(reference.value(), e.localizedMessage(locale));
            }
        });
        return new Result(done, refused);
    }
}
