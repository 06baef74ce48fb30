package org.redress.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Emails no person wrote: out-of-office replies, bounces, bulk and other machine mail. They are kept but never
 * answered and never wait in triage, so two robots cannot answer each other for ever (RFC 3834). The first rule that
 * matches names the kind.
 */
final class AutoReplies {

    private static final Pattern OUT_OF_OFFICE = Pattern.compile(
            "^(auto(matic|matische)?[ -]?(reply|response|antwort)|out of (the )?office|away from (the )?office|"
                    + "on (annual )?leave|autoreply|réponse automatique)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULK = Pattern.compile("bulk|auto_reply|junk|list", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster)@.*", Pattern.CASE_INSENSITIVE);

    /** What the rules look at. Header values are null when the header is absent. */
    record Signs(String autoSubmitted, String xAutoreply, String xAutorespond, String precedence, String from,
            String subject, String contentType) {
    }

    private record Rule(String kind, Predicate<Signs> applies) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("bounce", s -> s.from() != null && DAEMON.matcher(s.from().strip()).matches()),
            new Rule("bounce", s -> s.contentType() != null
                    && s.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/report")),
            new Rule("auto_submitted", s -> s.autoSubmitted() != null
                    && !s.autoSubmitted().strip().toLowerCase(Locale.ROOT).startsWith("no")),
            new Rule("autoreply", s -> s.xAutoreply() != null || s.xAutorespond() != null),
            new Rule("bulk", s -> s.precedence() != null && BULK.matcher(s.precedence().strip()).matches()),
            new Rule("out_of_office", s -> s.subject() != null && OUT_OF_OFFICE.matcher(s.subject().strip()).matches()));

    private AutoReplies() {
    }

    /** The kind of automatic email this is, or null when a person wrote it. */
    static String kind(Signs signs) {
        return RULES.stream().filter(r -> r.applies().test(signs)).map(Rule::kind).findFirst().orElse(null);
    }
}
