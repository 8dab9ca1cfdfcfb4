package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ClockCounters;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a complaint handler's home panel shows: the complaints waiting to be qualified (oldest
 * first) and the handler's own open complaints, the GDPR Art. 78(2) deadline to inform the
 * complainant soonest first (overdue ones lead). Each list is one page of the work list's SQL,
 * at most {@link #SHOWN} rows with their count; read once per request.
 */
@Named("complaintsHome")
@RequestScoped
public class HomeWidgetBean {
    static final int SHOWN = 8;

    /** Not yet qualified: received (acknowledgement due) or acknowledged. */
    static final Set<String> TO_QUALIFY = Set.of(ComplaintStatus.RECEIVED.name(), ComplaintStatus.ACKNOWLEDGED.name());

    static final Set<String> OPEN = Arrays.stream(ComplaintStatus.values())
            .filter(ComplaintStatus::isOpen)
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    ComplaintQueries queries;

    @Inject
    CurrentUser user;

    private Page<ComplaintSummary> toQualify;
    private Page<ComplaintSummary> mine;
    private ClockCounters counters;

    public Page<ComplaintSummary> getToQualify() {
        if (toQualify == null) {
            toQualify = queries.worklist(filter(TO_QUALIFY, null), "receivedOn", true, 0, SHOWN);
        }
        return toQualify;
    }

    public Page<ComplaintSummary> getMine() {
        if (mine == null) {
            mine = queries.worklist(filter(OPEN, user.username()), "informDue", true, 0, SHOWN);
        }
        return mine;
    }

    /** The service's open complaints whose Art. 78(2) clock is at risk or breached (the work list's counters). */
    public ClockCounters getCounters() {
        if (counters == null) {
            counters = queries.informationClockCounters();
        }
        return counters;
    }

    /** A list's count as shown: "1000+" when the count stopped at the cap. */
    public String count(Page<?> page) {
        return page.totalCapped() ? page.total() + "+" : Long.toString(page.total());
    }

    private static WorklistFilter filter(Set<String> statuses, String assignee) {
        return new WorklistFilter(statuses, assignee, null, null, null, null, null, null, null);
    }
}
