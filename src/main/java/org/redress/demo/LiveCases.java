package org.redress.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.casework.Outcome;
import org.redress.casework.RemedyKind;
import org.redress.demo.SeedFigures.Svc;
import org.redress.demo.SeedFigures.Weighted;
import org.redress.organisation.StaffUser;

/**
 * The demo council's cases of the last six weeks, worked through {@link Casework} by the demo staff exactly as
 * people would: logged by the feedback team, acknowledged, investigated and answered by the officers. Some are
 * answered and closed, some still open, and some of the older ones overdue, so the work queues have something in
 * them whatever day the demo is started.
 */
final class LiveCases {

    static final int COUNT = 150;
    static final int DAYS_BACK = 42;

    private static final List<Weighted<FeedbackType>> TYPES = List.of(new Weighted<>(FeedbackType.COMPLAINT, 110),
            new Weighted<>(FeedbackType.COMPLIMENT, 14), new Weighted<>(FeedbackType.COMMENT, 8),
            new Weighted<>(FeedbackType.MEMBER_ENQUIRY, 12), new Weighted<>(FeedbackType.INFORMAL_CONCERN, 6));

    private final Casework casework;
    private final Map<Svc, Long> services;
    private final Map<Svc, StaffUser> handlers;
    private final StaffUser feedbackTeam;
    private final LocalDate today;
    private final Random random = new Random(DemoHistory.SEED + 1);

    LiveCases(Casework casework, Map<Svc, Long> services, Map<Svc, StaffUser> handlers, StaffUser feedbackTeam,
            LocalDate today) {
        this.casework = casework;
        this.services = services;
        this.handlers = handlers;
        this.feedbackTeam = feedbackTeam;
        this.today = today;
    }

    private record Planned(FeedbackType type, Svc service, LocalDate receivedOn) {
    }

    /** Logs and works the cases; returns how many were logged. */
    int create() {
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            FeedbackType type = pick(TYPES);
            Svc service = pick(serviceWeights());
            LocalDate on = today.minusDays(random.nextInt(DAYS_BACK + 1));
            plan.add(new Planned(type, service, notWeekend(on)));
        }
        plan.sort(Comparator.comparing(Planned::receivedOn));
        List<String> escalatable = new ArrayList<>();
        for (Planned p : plan) {
            work(p, escalatable);
        }
        // A few customers already came back for stage 2.
        for (String reference : escalatable.subList(0, Math.min(3, escalatable.size()))) {
            FeedbackCase c = casework.get(feedbackTeam, reference);
            LocalDate asked = min(today, c.current().respondedOn().plusDays(2 + random.nextInt(3)));
            casework.escalate(feedbackTeam, reference, null, asked,
                    "The customer says the response did not deal with the damage to their car.");
            casework.assign(feedbackTeam, reference, null, feedbackTeam.staffId());
        }
        return plan.size();
    }

    private void work(Planned p, List<String> escalatable) {
        StaffUser handler = handlers.get(p.service());
        Channel channel = p.type() == FeedbackType.MEMBER_ENQUIRY ? Channel.VIA_MEMBER : tableChannel();
        List<String> reasons = p.type() == FeedbackType.COMPLAINT ? List.of(pick(SeedFigures.REASONS_FROM_2020))
                : List.of();
        FeedbackCase c = casework.log(feedbackTeam, new NewCase(p.type(), channel, p.receivedOn(),
                services.get(p.service()), null, DemoText.description(random, p.type(), p.service()), null,
                DemoText.customer(random, channel), null, null, reasons, List.of(), handler.staffId()));
        String ref = c.reference();
        long age = ChronoUnit.DAYS.between(p.receivedOn(), today);
        if (p.type() == FeedbackType.COMPLAINT && random.nextDouble() < 0.04) {
            casework.resolveUponReceipt(handler, ref, null, p.receivedOn(), "Put right on the phone the same day.");
            return;
        }
        if (age < 1) {
            return; // just arrived
        }
        LocalDate acknowledged = day(p.receivedOn().plusDays(1 + random.nextInt(2)), p.receivedOn());
        c = casework.acknowledge(p.type() == FeedbackType.COMPLAINT ? handler : feedbackTeam, ref, null, acknowledged);
        switch (p.type()) {
            case COMMENT, COMPLIMENT -> {
                if (age >= 3) {
                    casework.close(feedbackTeam, ref, null, acknowledged);
                }
            }
            case COMPLAINT -> {
                if (age >= 4 && random.nextDouble() < 0.8) {
                    c = casework.startInvestigation(handler, ref, null);
                }
                double answered = age < 12 ? 0 : age < 20 ? 0.3 : age < 29 ? 0.6 : 0.65;
                if (random.nextDouble() < answered) {
                    LocalDate on = day(p.receivedOn().plusDays(10 + random.nextInt((int) Math.min(age, 35) - 9)),
                            acknowledged);
                    Outcome outcome = pick(List.of(new Weighted<>(Outcome.NOT_UPHELD, 3434),
                            new Weighted<>(Outcome.UPHELD, 821), new Weighted<>(Outcome.PARTLY_UPHELD, 661)));
                    String delay = on.isAfter(c.current().responseDue())
                            ? pick(SeedFigures.delayReasons(p.service().dir)) : null;
                    casework.respond(handler, ref, null, on, outcome,
                            "We have looked into each point you raised; our findings are set out in the letter.", delay);
                    if (outcome != Outcome.NOT_UPHELD) {
                        casework.addRemedy(handler, ref, null, RemedyKind.FORMAL_APOLOGY, null, false, null);
                        if (random.nextBoolean()) {
                            casework.addRemedy(handler, ref, null, RemedyKind.STAFF_TRAINING_OR_GUIDANCE,
                                    "Remind the team how to keep customers updated.", true, today.plusDays(28));
                        }
                    }
                    if (on.isBefore(today) && random.nextDouble() < 0.8) {
                        casework.close(handler, ref, null, on.plusDays(1));
                        if (p.service() == Svc.HIGHWAYS && on.isBefore(today.minusDays(3))) {
                            escalatable.add(ref);
                        }
                    }
                }
            }
            case MEMBER_ENQUIRY, INFORMAL_CONCERN -> {
                if (age >= 8 && random.nextDouble() < 0.6) {
                    LocalDate on = day(p.receivedOn().plusDays(5 + random.nextInt((int) Math.min(age, 25) - 4)),
                            acknowledged);
                    String delay = on.isAfter(c.current().responseDue()) ? "workload" : null;
                    casework.respond(feedbackTeam, ref, null, on, null, "Answered by email.", delay);
                    casework.close(feedbackTeam, ref, null, on);
                }
            }
            default -> { }
        }
    }

    private List<Weighted<Svc>> serviceWeights() {
        List<Weighted<Svc>> weights = new ArrayList<>();
        for (Svc s : Svc.values()) {
            weights.add(new Weighted<>(s, s.complaints[2]));
        }
        return weights;
    }

    private Channel tableChannel() {
        Channel[] channels = {Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.FACE_TO_FACE, Channel.ONLINE,
                Channel.VIA_MEMBER, Channel.OTHER};
        int[] volumes = SeedFigures.CHANNELS[2];
        List<Weighted<Channel>> weights = new ArrayList<>();
        for (int i = 0; i < channels.length; i++) {
            weights.add(new Weighted<>(channels[i], volumes[i]));
        }
        return pick(weights);
    }

    /** A weekday no later than today and no earlier than {@code earliest}. */
    private LocalDate day(LocalDate wanted, LocalDate earliest) {
        LocalDate d = notWeekend(min(wanted, today));
        return d.isBefore(earliest) ? earliest : d;
    }

    private static LocalDate notWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<Weighted<T>> choices) {
        double sum = choices.stream().mapToDouble(Weighted::weight).sum();
        double r = random.nextDouble() * sum;
        for (Weighted<T> w : choices) {
            r -= w.weight();
            if (r < 0) {
                return w.value();
            }
        }
        return choices.get(choices.size() - 1).value();
    }
}
