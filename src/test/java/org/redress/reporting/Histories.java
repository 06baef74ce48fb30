package org.redress.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redress.casework.CaseStatus;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentKind;
import org.redress.casework.PaymentSource;
import org.redress.casework.RemedyKind;

/**
 * Test data: finished and open cases for the bulk loader, built fluently ({@code aComplaint(service, directorate)
 * .receivedOn(...).respondedOn(...).outcome(UPHELD).build()}). Due dates are simple fixed offsets: the report reads
 * them as stored, so they need only be consistent.
 */
final class Histories {

    private Histories() {
    }

    static Builder aCase(FeedbackType type, long serviceId, long directorateId) {
        return new Builder(type, serviceId, directorateId);
    }

    static final class Builder {
        final FeedbackType type;
        final long serviceId;
        final long directorateId;
        Channel channel = Channel.EMAIL;
        LocalDate receivedOn = LocalDate.of(2020, 6, 1);
        final List<StageBuilder> stages = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<HistoricRemedy> remedies = new ArrayList<>();
        final List<HistoricPayment> payments = new ArrayList<>();
        boolean withdrawn;
        LocalDate closedOn;

        Builder(FeedbackType type, long serviceId, long directorateId) {
            this.type = type;
            this.serviceId = serviceId;
            this.directorateId = directorateId;
            stages.add(new StageBuilder(1));
        }

        Builder channel(Channel c) {
            channel = c;
            return this;
        }

        Builder receivedOn(LocalDate d) {
            receivedOn = d;
            return this;
        }

        StageBuilder stage(int n) {
            return stages.get(n - 1);
        }

        /** Stage 1 answered on the day with the outcome. */
        Builder responded(LocalDate on, Outcome outcome) {
            stage(1).respondedOn = on;
            stage(1).outcome = outcome;
            return this;
        }

        Builder escalated(LocalDate askedOn, LocalDate respondedOn, Outcome outcome) {
            StageBuilder s = new StageBuilder(stages.size() + 1);
            s.receivedOn = askedOn;
            s.respondedOn = respondedOn;
            s.outcome = outcome;
            stages.add(s);
            return this;
        }

        Builder reasons(String... keys) {
            reasons.addAll(List.of(keys));
            return this;
        }

        Builder tags(String... labels) {
            tags.addAll(List.of(labels));
            return this;
        }

        Builder remedy(int stage, RemedyKind kind) {
            remedies.add(new HistoricRemedy(stage, kind, false, null, null));
            return this;
        }

        Builder payment(BigDecimal amount, LocalDate paidOn, Long directorateId, PaymentSource source) {
            payments.add(new HistoricPayment(PaymentKind.COMPENSATION, amount, paidOn, directorateId, source));
            return this;
        }

        Builder withdrawn(LocalDate on) {
            withdrawn = true;
            closedOn = on;
            return this;
        }

        HistoricCase build() {
            StageBuilder last = stages.get(stages.size() - 1);
            CaseStatus status;
            LocalDate closed = null;
            if (withdrawn) {
                status = CaseStatus.WITHDRAWN;
                closed = closedOn;
            } else if (type.acknowledgeAndClose()) {
                stages.get(0).acknowledgedOn = receivedOn;
                status = CaseStatus.CLOSED;
                closed = receivedOn;
            } else if (last.respondedOn != null) {
                status = CaseStatus.CLOSED;
                closed = last.respondedOn;
            } else {
                status = CaseStatus.RECEIVED;
            }
            List<HistoricStage> built = new ArrayList<>();
            for (StageBuilder s : stages) {
                LocalDate start = s.number == 1 ? receivedOn : s.receivedOn;
                LocalDate due = s.responseDue != null ? s.responseDue : start.plusDays(28);
                built.add(new HistoricStage(s.number, s.number == 1 ? null : s.receivedOn, null, s.acknowledgedOn,
                        due, null, s.suspendedWorkingDays, s.respondedOn, type.hasOutcome() ? s.outcome : null,
                        s.delayReason, null, s.number == 1 ? null : "Not happy with the answer"));
            }
            return new HistoricCase(null, type, channel, status, receivedOn, directorateId, serviceId, "corporate",
                    null, null, reasons, tags, null, closed, built, remedies, payments);
        }
    }

    static final class StageBuilder {
        final int number;
        LocalDate receivedOn;
        LocalDate acknowledgedOn;
        LocalDate responseDue;
        LocalDate respondedOn;
        Outcome outcome;
        String delayReason;
        int suspendedWorkingDays;

        StageBuilder(int number) {
            this.number = number;
        }
    }
}
