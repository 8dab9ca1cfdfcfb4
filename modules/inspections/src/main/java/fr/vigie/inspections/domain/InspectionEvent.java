package fr.vigie.inspections.domain;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.platform.api.Stamp;
import java.time.LocalDate;
import java.util.List;

/**
 * What a verb of {@link Inspection} did, as a fact: recorded by the verb, drained after it by the
 * application's one writer of the audit trail ({@code InspectionEventLog}). Each record holds what
 * changed, so the audit entry needs nothing else. The readable timeline ({@link TimelineEntry}) is
 * written by the aggregate from the same records ({@link #timeline()}), so the two cannot disagree.
 */
public sealed interface InspectionEvent {

    /** The timeline line this fact makes, or null when the fact has none (a letter attached). */
    Line timeline();

    /** One line of the timeline: its kind, who and when, why, and a short detail. */
    record Line(EventType type, Stamp stamp, String reason, String detail) {}

    /** An inspection was opened. */
    record Opened(
            Origin origin,
            String originCase,
            Organisation organisation,
            String theme,
            InspectionType type,
            int year,
            int quarter,
            Stamp stamp)
            implements InspectionEvent {
        /** The origin as the timeline and the audit trail write it: {@code COMPLAINT complaints:PL-…}. */
        public String originText() {
            return origin.name() + (originCase == null ? "" : " " + originCase);
        }

        @Override
        public Line timeline() {
            return new Line(EventType.OPENED, stamp, null, originText());
        }
    }

    /** The team was chosen and the mission order drafted. */
    record Prepared(List<String> teamBefore, List<String> team, String place, LocalDate visitDate, Stamp stamp)
            implements InspectionEvent {
        /** Both teams lead first, as {@link Inspection#team()} lists them. */
        public Prepared {
            teamBefore = List.copyOf(teamBefore);
            team = List.copyOf(team);
        }

        @Override
        public Line timeline() {
            return new Line(
                    EventType.PREPARED, stamp, null, String.join(", ", team) + " · " + place + " · " + visitDate);
        }
    }

    /** The president signed the mission order, {@code document} being its PDF. */
    record MissionOrderSigned(StoredDocument document, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.MISSION_ORDER_SIGNED, stamp, null, null);
        }
    }

    /** The inspection took place on {@code conductedOn}. */
    record Conducted(LocalDate conductedOn, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.CONDUCTED, stamp, null, conductedOn.toString());
        }
    }

    /** The minutes were written, or rewritten when {@code rewritten}. */
    record MinutesWritten(boolean rewritten, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.MINUTES_WRITTEN, stamp, null, null);
        }
    }

    /**
     * A finding was recorded: part of the minutes, or an addendum to notified ones (then with its reason).
     *
     * @param finding the finding itself (its id is assigned when the inspection is flushed)
     * @param reason  the reason given (required for an addendum), or null
     */
    record FindingAdded(Finding finding, FindingSeverity severity, String reason, Stamp stamp)
            implements InspectionEvent {
        @Override
        public Line timeline() {
            return finding.inAddendum()
                    ? new Line(EventType.ADDENDUM_ADDED, stamp, reason, finding.article())
                    : new Line(EventType.FINDING_ADDED, stamp, null, finding.article());
        }
    }

    /** A finding of minutes not yet notified was removed. */
    record FindingRemoved(long findingId, String article, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.FINDING_REMOVED, stamp, null, article);
        }
    }

    /** A document was attached as evidence, sent as {@code filename}. */
    record EvidenceAttached(String filename, StoredDocument document, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.EVIDENCE_ATTACHED, stamp, null, filename);
        }
    }

    /** The minutes were notified with their hash; {@code findings} findings were part of them. */
    record MinutesNotified(String sha256, int findings, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.MINUTES_NOTIFIED, stamp, null, "SHA-256 " + sha256);
        }
    }

    /** An addendum was added to notified minutes; the inspection now has {@code addenda} of them. */
    record AddendumAdded(String reason, int addenda, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.ADDENDUM_ADDED, stamp, reason, null);
        }
    }

    /** The organisation's observations arrived on {@code receivedOn}. */
    record ObservationsReceived(LocalDate receivedOn, StoredDocument document, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.OBSERVATIONS_RECEIVED, stamp, null, receivedOn.toString());
        }
    }

    /** The organisation's period for observations ended on {@code periodEnd} without any. */
    record ObservationsPeriodElapsed(LocalDate periodEnd, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.OBSERVATIONS_PERIOD_ELAPSED, stamp, null, periodEnd.toString());
        }
    }

    /** The inspection was closed with {@code outcome}, for {@code reason}. */
    record Closed(Outcome outcome, String reason, Stamp stamp) implements InspectionEvent {
        @Override
        public Line timeline() {
            return new Line(EventType.CLOSED, stamp, reason, outcome.name());
        }
    }

    /** The letter carrying the recommendations of the closure was issued (no timeline line). */
    record ClosureLetterIssued(StoredDocument letter) implements InspectionEvent {
        @Override
        public Line timeline() {
            return null;
        }
    }
}
