package org.redress.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.redress.casework.CaseAcknowledged;
import org.redress.casework.CaseEscalated;
import org.redress.casework.Channel;
import org.redress.casework.CaseResponded;
import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.organisation.Authorities;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails the public receive. Each is queued in the transaction of the change it tells of: the acknowledgement
 * when intake logs a case, and (listening to casework's events, published inside its transactions) a response sent
 * or a next stage asked for. Nothing is queued for a case with no email address.
 */
@Component
public class Notifications {

    static final DateTimeFormatter PLAIN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final EmailTemplates templates;
    private final Outbox outbox;
    private final TrackingLinks links;
    private final Authorities authorities;
    private final Casework casework;

    Notifications(EmailTemplates templates, Outbox outbox, TrackingLinks links, Authorities authorities,
            Casework casework) {
        this.casework = casework;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.authorities = authorities;
    }

    /**
     * Queues the acknowledgement of feedback sent online: for a complaint, the date by which the person will hear
     * back (the current stage's response date); for a comment or compliment, thanks. Must run in the transaction
     * that logged the case.
     *
     * @param name whom to greet; {@code email} where to send it (the person who filled in the form)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acknowledge(FeedbackCase c, String name, String email) {
        if (blank(email)) {
            return;
        }
        EmailTemplate template = c.type() == FeedbackType.COMPLAINT ? EmailTemplate.ACKNOWLEDGEMENT : EmailTemplate.THANKS;
        Map<String, String> values = values(c.authorityId(), c.id(), c.reference(), c.type(), name);
        values.put("due_date", plain(c.current().responseDue()));
        queue(c.authorityId(), template, c.id(), email, values);
    }

    /**
     * The case an email Redress sent was about, found from the Message-IDs a reply names (its In-Reply-To and
     * References headers), newest first; empty when none is one of the council's.
     */
    public Optional<Long> caseEmailed(long authorityId, List<String> messageIds) {
        return outbox.caseEmailed(authorityId, messageIds);
    }

    /**
     * Staff acknowledged feedback that came in by phone, letter, email or in person: the acknowledgement goes by email
     * where there is an address (feedback sent online was acknowledged by email as it arrived). With no address, the
     * case page offers the acknowledgement letter to print and post instead.
     */
    @EventListener
    void acknowledged(CaseAcknowledged event) {
        Contact to = recipient(event.customer(), event.representative());
        if (to == null || event.channel() == Channel.ONLINE || event.stage() > 1) {
            return;
        }
        EmailTemplate template = event.type() == FeedbackType.COMPLAINT ? EmailTemplate.ACKNOWLEDGEMENT : EmailTemplate.THANKS;
        Map<String, String> values = values(event.authorityId(), event.caseId(), event.reference(), event.type(), to.name());
        values.put("due_date", plain(event.responseDue()));
        queue(event.authorityId(), template, event.caseId(), to.email(), values);
    }

    /** Whether the case can be written to by email: the customer or their representative gave an address. */
    static boolean hasEmail(FeedbackCase c) {
        return recipient(c.customer(), c.representative()) != null;
    }

    /** The acknowledgement letter's wording for the case, filled in: for a case with no email address. */
    EmailTemplates.Rendered acknowledgementLetter(FeedbackCase c) {
        Contact to = c.representative() != null && !blank(c.representative().name()) ? c.representative() : c.customer();
        Map<String, String> values = values(c.authorityId(), c.id(), c.reference(), c.type(), to == null ? null : to.name());
        values.remove("link");
        values.put("received_date", plain(c.current().receivedOn()));
        values.put("due_date", plain(c.current().responseDue()));
        return templates.render(c.authorityId(), EmailTemplate.ACKNOWLEDGEMENT_LETTER, values);
    }

    /**
     * A response sent outside Redress and recorded here: the customer is told where to read it. A response written
     * in Redress went to them itself, so nothing more is sent.
     */
    @EventListener
    void responded(CaseResponded event) {
        Contact to = recipient(event.customer(), event.representative());
        if (to == null || event.written()) {
            return;
        }
        Map<String, String> values = values(event.authorityId(), event.caseId(), event.reference(), event.type(), to.name());
        values.put("stage", String.valueOf(event.stage()));
        queue(event.authorityId(), EmailTemplate.RESPONSE_SENT, event.caseId(), to.email(), values);
    }

    @EventListener
    void escalated(CaseEscalated event) {
        Contact to = recipient(event.customer(), event.representative());
        if (to == null) {
            return;
        }
        Map<String, String> values = values(event.authorityId(), event.caseId(), event.reference(), event.type(), to.name());
        values.put("stage", String.valueOf(event.stage()));
        values.put("due_date", plain(event.responseDue()));
        queue(event.authorityId(), EmailTemplate.STAGE_REQUESTED, event.caseId(), to.email(), values);
    }

    /** Dates as the public read them: "Tuesday 26 January 2021". */
    public static String plain(LocalDate date) {
        return date == null ? "" : PLAIN_DATE.format(date);
    }

    private void queue(long authorityId, EmailTemplate template, long caseId, String email, Map<String, String> values) {
        EmailTemplates.Rendered rendered = templates.render(authorityId, template, values);
        outbox.enqueue(authorityId, template, caseId, email.strip(), rendered);
        casework.recordEmailSent(authorityId, caseId, "Email sent: " + rendered.subject(), rendered.body());
    }

    /** The values every letter to the case's customer may use, greeting whoever it is addressed to. */
    Map<String, String> values(FeedbackCase c, String signatory) {
        Contact to = emailRecipient(c).orElseGet(() -> LetterPdfs.addressee(c));
        Map<String, String> values = values(c.authorityId(), c.id(), c.reference(), c.type(), to == null ? null : to.name());
        values.put("received_date", plain(c.current().receivedOn()));
        values.put("signatory", blank(signatory) ? "" : signatory.strip());
        return values;
    }

    /** Whom an email about the case goes to, if anyone gave an address. */
    static Optional<Contact> emailRecipient(FeedbackCase c) {
        return Optional.ofNullable(recipient(c.customer(), c.representative()));
    }

    private Map<String, String> values(long authorityId, long caseId, String reference, FeedbackType type, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", blank(name) ? "Sir or Madam" : name.strip());
        values.put("reference", reference);
        values.put("council", authorities.get(authorityId).name());
        values.put("feedback", type.label().toLowerCase(Locale.UK));
        values.put("link", links.link(authorityId, caseId));
        return values;
    }

    /** Whoever filled in the form or is acting for the customer hears first; else the customer. */
    private static Contact recipient(Contact customer, Contact representative) {
        if (representative != null && !blank(representative.email())) {
            return representative;
        }
        return customer != null && !blank(customer.email()) ? customer : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
