package org.redress.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.redress.casework.CaseApi;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The triage inbox and a case's correspondence, for integrations. */
@RestController
@Tag(name = "Correspondence")
class InboxApi {

    /** Dates as the council keeps them. */
    static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    private final Inbox inbox;
    private final Casework casework;
    private final CaseApi cases;
    private final Clock clock;
    private final Correspondence correspondence;

    InboxApi(Inbox inbox, Casework casework, CaseApi cases, Clock clock, Correspondence correspondence) {
        this.correspondence = correspondence;
        this.clock = clock;
        this.inbox = inbox;
        this.casework = casework;
        this.cases = cases;
    }

    record Waiting(long id, String from, String subject, Instant receivedAt) {
    }

    record ContactBody(String name, String email, String phone, String address, String relationship) {
    }

    /** The body of {@code POST /api/v1/cases}; what it leaves out comes from the email. */
    record CreateCase(String type, String channel, LocalDate receivedOn, Long serviceId, String procedure,
            String description, String desiredOutcome, ContactBody customer, ContactBody representative,
            List<String> reasons, List<String> tags, Long assignTo) {
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "Emails waiting for triage, oldest first")
    List<Waiting> waiting(@AuthenticationPrincipal StaffUser user) {
        Inbox.requireTriage(user);
        return inbox.awaitingTriage(user.authorityId(), 0, 1000).stream()
                .map(m -> new Waiting(m.id(), m.sender(), m.subject(), m.receivedAt())).toList();
    }

    @PostMapping("/api/v1/inbox/{id}/case")
    @Operation(summary = "Log a case from an email waiting for triage; answers as POST /api/v1/cases",
            description = "Takes the body of POST /api/v1/cases. The channel is email, the customer's name and email "
                    + "and the description come from the email, and receivedOn from its date, unless the body gives "
                    + "them. The email becomes the case's first correspondence and its files the case's.")
    ResponseEntity<?> logCase(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestBody(required = false) CreateCase body) {
        CreateCase b = body == null ? new CreateCase(null, null, null, null, null, null, null, null, null, null, null,
                null) : body;
        Casework.Logged logged = inbox.logCase(user, id, m -> newCase(b, m, LocalDate.now(clock.withZone(COUNCIL_TIME))));
        return cases.created(logged);
    }

    @GetMapping("/api/v1/cases/{reference}/correspondence")
    @Operation(summary = "The case's correspondence in date order: emails received, and emails and letters sent")
    List<Correspondence.Item> correspondence(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        return correspondence.onCase(casework.get(user, reference));
    }

    static NewCase newCase(CreateCase b, Inbox.Message m, LocalDate today) {
        ContactBody customer = b.customer() == null ? new ContactBody(null, null, null, null, null) : b.customer();
        ContactBody rep = b.representative() == null ? new ContactBody(null, null, null, null, null) : b.representative();
        return new NewCase(parse(FeedbackType::fromKey, b.type(), "type"),
                b.channel() == null ? Channel.EMAIL : parse(Channel::fromKey, b.channel(), "channel"),
                b.receivedOn() == null ? receivedOn(m, today) : b.receivedOn(), b.serviceId(),
                b.procedure(), blank(b.description()) ? m.body() : b.description(), b.desiredOutcome(),
                new Contact(blank(customer.name()) ? m.fromName() : customer.name(),
                        blank(customer.email()) ? m.fromAddress() : customer.email(), customer.phone(),
                        customer.address()),
                new Contact(rep.name(), rep.email(), null, null), rep.relationship(), b.reasons(), b.tags(),
                b.assignTo());
    }

    /** The date the email was sent, in the council's time; a sender's clock set in the future counts as today. */
    static LocalDate receivedOn(Inbox.Message m, LocalDate today) {
        LocalDate sent = m.at().atZone(COUNCIL_TIME).toLocalDate();
        return sent.isAfter(today) ? today : sent;
    }

    private static <T> T parse(java.util.function.Function<String, T> parser, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
