package fr.vigie.bench.complaints;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityAssessment;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.TimelineType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything generated for one complaint, written afterwards table by table. */
final class ComplaintStory {
    record Entry(TimelineType type, Instant at, String actor, String reason, String detail) {}

    record Mail(LetterType type, LocalDate sentOn, String sentBy, String summary) {}

    record Request(String questions, LocalDate sentOn, long clockId, LocalDate answeredOn, String answer) {}

    /** A legal clock as the platform stores it; {@code endedOn} null while it runs. */
    record Clock(
            long id,
            String policy,
            int policyVersion,
            String owner,
            LocalDate start,
            LocalDate due,
            LocalDate atRiskFrom,
            String status,
            String outcome,
            LocalDate endedOn) {}

    long id;
    String reference;
    Channel channel;
    LocalDate receivedOn;
    Instant receivedAt;
    String complainantName;
    String complainantEmail;
    String complainantAddress;
    Organisations.Organisation organisation;
    String facts;
    Set<Category> categories = EnumSet.noneOf(Category.class);
    int peopleAffected;
    ComplaintStatus status;
    Boolean admissible;
    Boolean competent;
    Boolean crossBorder;
    String leadAuthority;
    String assignee;
    Outcome outcome;
    LocalDate closedOn;
    LocalDate acknowledgedOn;
    LocalDate lastInformedOn;
    String campaign;
    PriorityAssessment proposed;
    PriorityLevel priority;
    String priorityDecidedBy;
    String priorityOverrideReason;
    long ackClockId;
    long informClockId;
    final List<Entry> timeline = new ArrayList<>();
    final List<Mail> letters = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    final List<Clock> clocks = new ArrayList<>();

    String caseRef() {
        return "complaints:" + reference;
    }
}
