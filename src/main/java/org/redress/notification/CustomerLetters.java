package org.redress.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Lifecycle;
import org.redress.casework.Outcome;
import org.redress.casework.RemedyAction;
import org.redress.organisation.StaffUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses and messages written to the customer in Redress: their starting text from the council's templates, and
 * sending them. A letter goes by email (its text, with the letter as a PDF) where the customer or their
 * representative gave an address, otherwise as a PDF for staff to print and post; either way it goes on the case's
 * timeline, whole.
 */
@Component
public class CustomerLetters {

    /** The messages an officer may send from a case besides its response. */
    public enum Message {
        MORE_INFORMATION(EmailTemplate.MORE_INFORMATION), HOLDING_REPLY(EmailTemplate.HOLDING_REPLY);

        private final EmailTemplate template;

        Message(EmailTemplate template) {
            this.template = template;
        }

        public String label() { return template.title(); }

        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        public static Message fromKey(String key) {
            for (Message m : values()) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** A letter's subject (its heading on paper) and text. */
    public record Text(String subject, String body) {
    }

    /**
     * How a letter went: {@code channel} email or letter, to whom (an address, or a name and postal address), when,
     * and the PDF produced (to print, for a letter).
     */
    public record Sent(String channel, String recipient, Instant at, byte[] pdf) {
    }

    /**
     * An email Redress sent (or is sending) about a case, with the file that went with it; {@code at} is when it was
     * written to the outbox, in the transaction of the change it tells of (the send follows within moments).
     */
    public record Email(long id, String to, String subject, String body, Instant at, boolean sent, String fileName,
            int fileSize) {
    }

    private final EmailTemplates templates;
    private final Outbox outbox;
    private final LetterPdfs letters;
    private final Notifications notifications;
    private final Casework casework;
    private final NotificationProperties properties;

    CustomerLetters(EmailTemplates templates, Outbox outbox, LetterPdfs letters, Notifications notifications,
            Casework casework, NotificationProperties properties) {
        this.templates = templates;
        this.outbox = outbox;
        this.letters = letters;
        this.notifications = notifications;
        this.casework = casework;
        this.properties = properties;
    }

    /**
     * The council's template for a response at the case's current stage with this outcome, filled in.
     *
     * @param next where the customer may go after it (the Lifecycle's answer for a response sent {@code on})
     * @param stageName the current stage's name in the procedure
     * @param signatory who signs it
     */
    public Text response(FeedbackCase c, Outcome outcome, LocalDate on, Lifecycle.NextStep next, String stageName,
            List<RemedyAction> remedies, String signatory) {
        Map<String, String> values = notifications.values(c, signatory);
        values.put("stage", String.valueOf(c.currentStage()));
        values.put("stage_name", stageName);
        values.put("response_date", Notifications.plain(on));
        values.put("outcome", outcome == null ? "answered" : outcome.label().toLowerCase(Locale.UK));
        values.put("remedy", remedies.isEmpty() ? "[Say what you will do to put things right.]"
                : remedies.stream().map(r -> "- " + r.kind().label() + (r.description() == null ? ""
                        : ": " + r.description())).collect(Collectors.joining("\n")));
        List<RemedyAction> toCome = remedies.stream().filter(r -> r.followUp() && r.outstanding()).toList();
        values.put("actions", toCome.isEmpty() ? "There is nothing further for us to do on your complaint."
                : "We will let you know when each of these is done:\n" + toCome.stream()
                        .map(r -> "- " + r.kind().label() + (r.description() == null ? "" : ": " + r.description())
                                + (r.dueOn() == null ? "" : ", by " + Notifications.plain(r.dueOn())))
                        .collect(Collectors.joining("\n")));
        values.put("next_stage", next.finalStage() ? "" : String.valueOf(next.nextStage()));
        values.put("next_stage_name", next.nextStageName() == null ? "" : next.nextStageName());
        values.put("next_stage_by", Notifications.plain(next.nextStageBy()));
        values.put("stage_in_full", stageInFull(c.currentStage(), stageName));
        values.put("next_stage_in_full", next.finalStage() ? "" : stageInFull(next.nextStage(), next.nextStageName()));
        values.put("ombudsman", next.ombudsman() == null ? "Local Government and Social Care Ombudsman" : next.ombudsman());
        values.put("ombudsman_by", Notifications.plain(next.ombudsmanBy()));
        EmailTemplates.Rendered r = templates.render(c.authorityId(), responseTemplate(next.finalStage(),
                c.currentStage(), outcome), values);
        return new Text(r.subject(), r.body());
    }

    /** The template a response starts from: by where the stage stands in the procedure and the outcome's family. */
    static EmailTemplate responseTemplate(boolean finalStage, int stage, Outcome outcome) {
        boolean upheld = outcome == Outcome.UPHELD || outcome == Outcome.PARTLY_UPHELD;
        if (finalStage) {
            return upheld ? EmailTemplate.RESPONSE_FINAL_UPHELD : EmailTemplate.RESPONSE_FINAL_NOT_UPHELD;
        }
        if (stage == 1) {
            return upheld ? EmailTemplate.RESPONSE_FIRST_UPHELD : EmailTemplate.RESPONSE_FIRST_NOT_UPHELD;
        }
        return upheld ? EmailTemplate.RESPONSE_LATER_UPHELD : EmailTemplate.RESPONSE_LATER_NOT_UPHELD;
    }

    /** The council's template for a message from the case, filled in. */
    public Text message(FeedbackCase c, Message message, String signatory) {
        Map<String, String> values = notifications.values(c, signatory);
        values.put("stage", String.valueOf(c.currentStage()));
        values.put("due_date", Notifications.plain(c.current().responseDue()));
        EmailTemplates.Rendered r = templates.render(c.authorityId(), message.template, values);
        return new Text(r.subject(), r.body());
    }

    /** Whether a letter to the case goes by email (else by post). */
    public static boolean byEmail(FeedbackCase c) {
        return Notifications.hasEmail(c);
    }

    /**
     * Sends the letter in the caller's transaction: queued by email with the letter as a PDF, or produced as a PDF to
     * post (and recorded as a letter produced). Either way its text goes on the timeline, whole.
     *
     * @param kind what it is, as the outbox records it: response or message
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Sent send(StaffUser user, FeedbackCase c, String kind, Text text) {
        LetterPdfs.Letter letter = letters.letter(c, text.subject(), text.body());
        byte[] pdf = letters.pdf(letter);
        Optional<Contact> email = Notifications.emailRecipient(c);
        if (email.isPresent()) {
            String to = email.get().email().strip();
            outbox.enqueue(c.authorityId(), kind, c.id(), to, new EmailTemplates.Rendered(text.subject(), text.body()),
                    new EmailSender.File("letter-" + c.reference() + ".pdf", Outbox.PDF, pdf));
            casework.recordEmailSent(c.authorityId(), c.id(), "Email sent: " + text.subject(), text.body());
            return new Sent("email", to, Instant.now(), pdf);
        }
        String to = String.join("\n", java.util.stream.Stream.concat(java.util.stream.Stream.of(letter.recipient()),
                letter.recipientAddress().stream()).filter(s -> !s.isBlank()).toList());
        casework.recordLetter(user, c.reference(), "Letter produced for posting: " + text.subject(), text.body());
        return new Sent("letter", to, Instant.now(), pdf);
    }

    /** The emails sent about a case, oldest first. */
    public List<Email> emailsAbout(long authorityId, long caseId) {
        return outbox.aboutCase(authorityId, caseId).stream()
                .map(k -> new Email(k.id(), k.recipient(), k.subject(), k.body(),
                        k.queuedAt(), k.sentAt() != null, k.fileName(), k.fileSize()))
                .toList();
    }

    /** The file sent with one of the council's emails. */
    public Optional<byte[]> emailFile(long authorityId, long emailId) {
        return outbox.file(authorityId, emailId);
    }

    /** The address emails come from, as the customer sees it. */
    public String from() {
        return properties.from();
    }

    /** A PDF as a download. */
    public static ResponseEntity<byte[]> pdfDownload(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName).build().toString())
                .body(pdf);
    }

    /** "stage 1", or "stage 1 (Local resolution)" where the procedure names the stage other than by its number. */
    static String stageInFull(int number, String name) {
        String plain = "stage " + number;
        return name == null || name.isBlank() || name.strip().equalsIgnoreCase(plain) ? plain
                : plain + " (" + name.strip() + ")";
    }
}
