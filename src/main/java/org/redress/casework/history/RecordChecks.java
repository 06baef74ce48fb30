package org.redress.casework.history;

import org.redress.casework.Lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricFinding;

/**
 * The checks of earlier records, one record at a time, each record once. What cannot be stored meaningfully is an
 * error: unknown terms, impossible dates, events in an impossible order, a missing value. What only disagrees with
 * Redress's own calendar (a delay reason on a response Redress counts on time, a late response without one) is a
 * warning: the record is kept as the earlier system recorded it.
 */
public final class RecordChecks {

    /** The longest texts a case takes, as for cases logged today. */
    public record Limits(int description, int text) {
    }

    /** The id given for a service the caller will create before writing: see {@link #RecordChecks}. */
    public static final long SERVICE_TO_BE_CREATED = 0;

    private final CouncilTerms council;
    private final LocalDate today;
    private final Limits limits;
    private final boolean servicesToCome;
    private final Set<String> referencesSeen = new HashSet<>();

    /**
     * @param servicesToCome whether a record may name the service {@link #SERVICE_TO_BE_CREATED} (an import that
     *        creates the services its file names checks before it creates them)
     */
    public RecordChecks(CouncilTerms council, LocalDate today, Limits limits, boolean servicesToCome) {
        this.council = council;
        this.today = today;
        this.limits = limits;
        this.servicesToCome = servicesToCome;
    }

    /** What is wrong with the record, errors and warnings, in the order of its fields. */
    public List<HistoricFinding> check(int index, HistoricCase c) {
        List<HistoricFinding> found = new ArrayList<>();
        Out p = new Out(index, 0, found);
        if (c == null) {
            p.error("", "is empty");
            return found;
        }
        if (c.reference() != null) {
            String reference = c.reference().strip().toUpperCase(Locale.ROOT);
            if (reference.isEmpty() || reference.length() > 40) {
                p.error("reference", "must be 1 to 40 characters, or left empty to be given one");
            } else if (!referencesSeen.add(reference)) {
                p.error("reference", "repeats the reference " + reference + " of an earlier record");
            }
        }
        if (c.type() == null) {
            p.error("type", "needs the type of feedback");
        }
        if (c.channel() == null) {
            p.error("channel", "needs the channel it arrived by");
        }
        if (c.status() == null) {
            p.error("status", "needs the status");
        }
        if (c.receivedOn() == null) {
            p.error("receivedOn", "needs the date it was received");
        } else if (c.receivedOn().isAfter(today) || c.receivedOn().getYear() < 1990) {
            p.error("receivedOn", "must be between 1990 and today, not " + c.receivedOn());
        }
        boolean serviceToCome = servicesToCome && c.serviceId() == SERVICE_TO_BE_CREATED;
        if (!serviceToCome && !council.services.containsKey(c.serviceId())) {
            p.error("serviceId", "names no service of the council (" + c.serviceId() + ")");
        }
        if (c.directorateId() != null && !council.directorates.contains(c.directorateId())) {
            p.error("directorateId", "names no directorate of the council (" + c.directorateId() + ")");
        }
        if (c.procedureCode() == null || c.procedureCode().isBlank()) {
            p.error("procedureCode", "needs the procedure the case ran under");
        } else if (!council.procedureCodes().contains(c.procedureCode().strip())) {
            p.error("procedureCode", "'" + c.procedureCode() + "' is not one of the council's procedures");
        }
        checkLength(p, "description", c.description(), limits.description());
        checkLength(p, "customer.name", c.customer().name(), 200);
        checkLength(p, "customer.email", c.customer().email(), 320);
        checkLength(p, "customer.phone", c.customer().phone(), 50);
        checkLength(p, "customer.address", c.customer().address(), 1000);
        for (int i = 0; i < c.reasons().size(); i++) {
            String key = c.reasons().get(i);
            if (key == null || !council.reasonKeys.contains(key.strip())) {
                p.error("reasons[" + i + "]", "'" + key + "' is not one of the council's complaint reasons");
            }
        }
        for (int i = 0; i < c.tags().size(); i++) {
            String tag = c.tags().get(i);
            if (tag == null || tag.isBlank() || tag.strip().length() > 100) {
                p.error("tags[" + i + "]", "must be 1 to 100 characters");
            }
        }
        if (c.assignedTo() != null && !council.staffIds.contains(c.assignedTo())) {
            p.error("assignedTo", "names no member of the council's staff (" + c.assignedTo() + ")");
        }
        if (c.type() == null || c.status() == null || c.receivedOn() == null) {
            return found; // the rest depends on these
        }
        checkStages(p, c);
        checkRemedies(p, c);
        checkPayments(p, c);
        return found;
    }

    private void checkStages(Out p, HistoricCase c) {
        List<HistoricStage> stages = c.stages();
        if (stages.isEmpty()) {
            p.error("stages", "needs at least stage 1");
            return;
        }
        if (stages.size() > 1 && !c.type().escalates()) {
            p.error("stages", "has " + stages.size() + " stages, but a " + c.type().label().toLowerCase()
                    + " has only one");
        }
        LocalDate previousResponse = null;
        for (int i = 0; i < stages.size(); i++) {
            HistoricStage s = stages.get(i);
            Out at = p.stage(i);
            if (s == null) {
                at.error("", "is empty");
                return;
            }
            boolean last = i == stages.size() - 1;
            if (s.number() != i + 1) {
                at.error("number", "should be " + (i + 1) + ": stages run 1, 2, ... in order");
            }
            LocalDate received = s.receivedOn() == null && i == 0 ? c.receivedOn() : s.receivedOn();
            if (received == null) {
                at.error("receivedOn", "needs the date the customer asked for stage " + s.number());
                continue;
            }
            if (i == 0 && !received.equals(c.receivedOn())) {
                at.error("receivedOn", "must be the case's received date " + c.receivedOn());
            }
            if (previousResponse != null && received.isBefore(previousResponse)) {
                at.error("receivedOn", "must be on or after the previous stage's response on " + previousResponse);
            }
            if (received.isAfter(today)) {
                at.error("receivedOn", "must be today or earlier");
            }
            if (s.responseDue() == null) {
                at.error("responseDue", "needs the date the response was due");
            } else if (s.responseDue().isBefore(received)) {
                at.error("responseDue", "must be on or after the day the stage started, " + received);
            }
            if (s.originalResponseDue() != null && s.originalResponseDue().isBefore(received)) {
                at.error("originalResponseDue", "must be on or after the day the stage started, " + received);
            }
            if (s.acknowledgementDue() != null && s.acknowledgementDue().isBefore(received)) {
                at.error("acknowledgementDue", "must be on or after the day the stage started, " + received);
            }
            checkDate(at, "acknowledgedOn", s.acknowledgedOn(), received);
            checkDate(at, "respondedOn", s.respondedOn(), received);
            if (s.suspendedWorkingDays() < 0) {
                at.error("suspendedWorkingDays", "cannot be negative");
            }
            if (s.respondedOn() != null && c.type().acknowledgeAndClose()) {
                at.error("respondedOn", "must be empty: a " + c.type().label().toLowerCase()
                        + " is acknowledged and closed, with no response");
            }
            if (!last && s.respondedOn() == null) {
                at.error("respondedOn", "needs the date stage " + s.number()
                        + " was responded to, since the case went on to stage " + (s.number() + 1));
            }
            String outcome = Lifecycle.outcomeProblem(c.type(), s.number(), s.outcome(), s.respondedOn());
            if (outcome != null) {
                at.error("outcome", outcome);
            }
            checkDelay(at, s);
            if (s.handlerId() != null && !council.staffIds.contains(s.handlerId())) {
                at.error("handlerId", "names no member of the council's staff (" + s.handlerId() + ")");
            }
            checkLength(at, "escalationReason", s.escalationReason(), limits.text());
            previousResponse = s.respondedOn();
        }
        checkStatus(p, c, stages.get(stages.size() - 1));
    }

    /**
     * A delay reason must be one of the council's, and can only be given for a response. Whether the response was
     * late is Redress's count, which earlier systems made their own way: where the two disagree the reason (or its
     * absence) is kept as recorded, with a warning.
     */
    private void checkDelay(Out at, HistoricStage s) {
        boolean late = Lifecycle.late(s.respondedOn(), s.responseDue());
        if (s.delayReason() != null && !s.delayReason().isBlank()) {
            if (!council.delayReasonKeys.contains(s.delayReason().strip())) {
                at.error("delayReason", "'" + s.delayReason() + "' is not one of the council's delay reasons");
            } else if (s.respondedOn() == null) {
                at.error("delayReason", "must be empty until the stage is responded to");
            } else if (!late && s.responseDue() != null) {
                at.warning("delayReason", "kept as recorded, though the response on " + s.respondedOn()
                        + " was not late by Redress's count (due " + s.responseDue() + ")");
            }
        } else if (late) {
            at.warning("delayReason", "is empty, though the response on " + s.respondedOn()
                    + " was late by Redress's count (due " + s.responseDue() + "); imported without a delay reason");
        }
    }

    /** The status must be one the state machine could have reached with these stages. */
    private void checkStatus(Out p, HistoricCase c, HistoricStage last) {
        boolean responded = last.respondedOn() != null;
        String problem = Lifecycle.statusProblem(c.type(), c.status(), last.acknowledgedOn() != null,
                responded);
        if (problem != null) {
            p.error("status", problem);
        }
        boolean ended = Lifecycle.ended(c.status());
        if (ended && c.closedOn() == null) {
            p.error("closedOn", "needs the date the case was " + c.status().key());
        } else if (!ended && c.closedOn() != null) {
            p.error("closedOn", "must be empty while the case is " + c.status().key());
        } else if (ended) {
            LocalDate earliest = responded ? last.respondedOn()
                    : last.receivedOn() == null ? c.receivedOn() : last.receivedOn();
            checkDate(p, "closedOn", c.closedOn(), earliest);
        }
    }

    private void checkRemedies(Out p, HistoricCase c) {
        for (int i = 0; i < c.remedies().size(); i++) {
            HistoricRemedy r = c.remedies().get(i);
            String at = "remedies[" + i + "]";
            if (r == null) {
                p.error(at, "is empty");
                continue;
            }
            if (r.kind() == null) {
                p.error(at + ".kind", "needs the remedy action");
            }
            if (r.stage() < 1 || r.stage() > c.stages().size()) {
                p.error(at + ".stage", "names no stage of the case (" + r.stage() + ")");
            }
            if (r.followUp() && r.dueOn() == null) {
                p.error(at + ".dueOn", "needs the date the follow-up action is due");
            }
            checkDate(p, at + ".completedOn", r.completedOn(), c.receivedOn());
        }
    }

    private void checkPayments(Out p, HistoricCase c) {
        for (int i = 0; i < c.payments().size(); i++) {
            HistoricPayment pay = c.payments().get(i);
            String at = "payments[" + i + "]";
            if (pay == null) {
                p.error(at, "is empty");
                continue;
            }
            if (pay.kind() == null) {
                p.error(at + ".kind", "needs the kind of payment");
            }
            if (pay.amount() == null || pay.amount().signum() <= 0 || pay.amount().scale() > 2
                    || pay.amount().compareTo(new BigDecimal("9999999999.99")) > 0) {
                p.error(at + ".amount", "must be more than £0, in pounds and pence");
            }
            if (pay.paidOn() == null) {
                p.error(at + ".paidOn", "needs the date it was paid");
            } else {
                checkDate(p, at + ".paidOn", pay.paidOn(), c.receivedOn());
            }
            if (pay.source() == null) {
                p.error(at + ".source", "needs whether it was local resolution or an Ombudsman decision");
            }
            if (pay.directorateId() != null && !council.directorates.contains(pay.directorateId())) {
                p.error(at + ".directorateId", "names no directorate of the council (" + pay.directorateId() + ")");
            }
        }
    }

    private void checkDate(Out p, String field, LocalDate date, LocalDate earliest) {
        if (date == null) {
            return;
        }
        if (earliest != null && date.isBefore(earliest)) {
            p.error(field, "must be on or after " + earliest + ", not " + date);
        } else if (date.isAfter(today)) {
            p.error(field, "must be today or earlier, not " + date);
        }
    }

    private static void checkLength(Out p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.error(field, "must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    /** Findings of one record, or of one of its stages ({@code stage} from 1). */
    private record Out(int record, int stage, List<HistoricFinding> all) {
        void error(String field, String message) {
            all.add(new HistoricFinding(record, stage, field, message, false));
        }

        void warning(String field, String message) {
            all.add(new HistoricFinding(record, stage, field, message, true));
        }

        Out stage(int index) {
            return new Out(record, index + 1, all);
        }
    }
}
