package org.redress.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redress.platform.DateInput;
import org.redress.platform.FieldProblem;

/**
 * The pages of the form in order, one question (or a few that belong together) each. Each knows when it is asked,
 * which fields it owns, and what is wrong with an answer, in the Design System's words.
 */
enum Question {
    KIND("kind"),
    TOPIC("about"),
    DETAILS("details"),
    OUTCOME("outcome"),
    /** Optional: files added here are checked as they are added, so the page itself is never unanswered. */
    FILES("files"),
    BEHALF("behalf"),
    SOMEONE("someone"),
    CONTACT("contact");

    static final int MAX_WHAT_HAPPENED = 5_000;
    static final int MAX_OUTCOME = 2_000;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_ADDRESS = 1_000;
    static final Set<String> KINDS = Set.of("complaint", "comment", "compliment");
    static final Set<String> CONTACT_WAYS = Set.of("email", "phone", "post");
    /** As casework checks them, so what passes here is logged. */
    static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String PHONE_PATTERN = "[0-9+()\\s-]{6,50}";

    private final String slug;

    Question(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    static Optional<Question> fromSlug(String slug) {
        return Arrays.stream(values()).filter(q -> q.slug.equals(slug)).findFirst();
    }

    /** Whether this page is asked, given the answers so far. */
    boolean asked(Answers a) {
        return switch (this) {
            case OUTCOME -> "complaint".equals(a.kind);
            case SOMEONE -> a.onBehalf();
            default -> true;
        };
    }

    /** Copies this page's fields from the posted form into the answers, valid or not. */
    void take(IntakeForm f, Answers a) {
        switch (this) {
            case KIND -> a.kind = f.getKind();
            case TOPIC -> a.topicId = f.getTopicId();
            case DETAILS -> {
                a.whatHappened = f.getWhatHappened();
                DateInput d = f.getHappenedOn() == null ? new DateInput() : f.getHappenedOn();
                a.happenedDay = d.getDay();
                a.happenedMonth = d.getMonth();
                a.happenedYear = d.getYear();
            }
            case OUTCOME -> a.wantedOutcome = f.getWantedOutcome();
            case FILES -> {
            }
            case BEHALF -> a.behalf = f.getBehalf();
            case SOMEONE -> {
                a.theirName = f.getTheirName();
                a.relationship = f.getRelationship();
                a.consent = f.getConsent() != null && f.getConsent().contains("yes");
            }
            case CONTACT -> {
                a.name = f.getName();
                a.email = f.getEmail();
                a.phone = f.getPhone();
                a.address = f.getAddress();
                a.contactBy = f.getContactBy();
            }
        }
    }

    /** What is wrong with this page's answers; empty when it is done. */
    List<FieldProblem> problems(Answers a, Set<Long> topicIds, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        switch (this) {
            case KIND -> {
                if (a.kind == null || !KINDS.contains(a.kind)) {
                    p.add(new FieldProblem("kind", "Select if you want to make a complaint, leave a comment or give a compliment"));
                }
            }
            case TOPIC -> {
                if (a.topicId == null || !topicIds.contains(a.topicId)) {
                    p.add(new FieldProblem("topicId", "Select what your feedback is about"));
                }
            }
            case DETAILS -> {
                text(p, "whatHappened", a.whatHappened, MAX_WHAT_HAPPENED, "complaint".equals(a.kind)
                        ? "Enter what happened" : "Enter your " + (a.kind == null ? "feedback" : a.kind),
                        "complaint".equals(a.kind) ? "What happened" : "Your " + (a.kind == null ? "feedback" : a.kind));
                DateInput d = a.happenedOn();
                if (!d.isBlank()) {
                    String problem = d.problem();
                    if (problem != null) {
                        p.add(new FieldProblem("happenedOn", problem.replace("The date", "The date it happened")));
                    } else if (d.toDate().isAfter(today)) {
                        p.add(new FieldProblem("happenedOn", "The date it happened must be today or in the past"));
                    } else if (d.toDate().getYear() < 1900) {
                        p.add(new FieldProblem("happenedOn", "The date it happened must be after 1900"));
                    }
                }
            }
            case OUTCOME -> text(p, "wantedOutcome", a.wantedOutcome, MAX_OUTCOME,
                    "Enter what you would like to happen", "What you would like to happen");
            case FILES -> {
            }
            case BEHALF -> {
                if (!"yes".equals(a.behalf) && !"no".equals(a.behalf)) {
                    p.add(new FieldProblem("behalf", "Select yes if you are giving feedback for someone else"));
                }
            }
            case SOMEONE -> {
                text(p, "theirName", a.theirName, MAX_NAME, "Enter the full name of the person you are acting for",
                        "Their name");
                text(p, "relationship", a.relationship, MAX_NAME, "Enter how you know them", "How you know them");
                if (!a.consent) {
                    p.add(new FieldProblem("consent", "Confirm that they have agreed to you giving feedback for them"));
                }
            }
            case CONTACT -> {
                text(p, "name", a.name, MAX_NAME, "Enter your full name", "Your name");
                boolean wantsEmail = "email".equals(a.contactBy);
                if (blank(a.email)) {
                    if (wantsEmail) {
                        p.add(new FieldProblem("email", "Enter your email address, or choose another way for us to contact you"));
                    }
                } else if (a.email.strip().length() > MAX_EMAIL || !a.email.strip().matches(EMAIL_PATTERN)) {
                    p.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
                }
                if (blank(a.phone)) {
                    if ("phone".equals(a.contactBy)) {
                        p.add(new FieldProblem("phone", "Enter a telephone number, or choose another way for us to contact you"));
                    }
                } else if (!a.phone.strip().matches(PHONE_PATTERN)) {
                    p.add(new FieldProblem("phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982"));
                }
                if (blank(a.address)) {
                    if ("post".equals(a.contactBy)) {
                        p.add(new FieldProblem("address", "Enter your postal address, or choose another way for us to contact you"));
                    }
                } else if (a.address.strip().length() > MAX_ADDRESS) {
                    p.add(new FieldProblem("address", "Your address must be " + String.format("%,d", MAX_ADDRESS)
                            + " characters or fewer"));
                }
                if (a.contactBy == null || !CONTACT_WAYS.contains(a.contactBy)) {
                    p.add(new FieldProblem("contactBy", "Select how you would like us to contact you"));
                }
            }
        }
        return p;
    }

    /** The first page still to answer, or empty when everything asked is answered. */
    static Optional<Question> firstUnanswered(Answers a, Set<Long> topicIds, LocalDate today) {
        return Arrays.stream(values()).filter(q -> q.asked(a) && !q.problems(a, topicIds, today).isEmpty()).findFirst();
    }

    /** The page after this one that is asked, or empty after the last. */
    Optional<Question> next(Answers a) {
        return Arrays.stream(values()).filter(q -> q.ordinal() > ordinal() && q.asked(a)).findFirst();
    }

    /** The page before this one that is asked, or empty on the first. */
    Optional<Question> previous(Answers a) {
        Question found = null;
        for (Question q : values()) {
            if (q.ordinal() < ordinal() && q.asked(a)) {
                found = q;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void text(List<FieldProblem> p, String field, String value, int max, String required, String what) {
        if (blank(value)) {
            p.add(new FieldProblem(field, required));
        } else if (value.strip().length() > max) {
            p.add(new FieldProblem(field, what + " must be " + String.format("%,d", max) + " characters or fewer"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
