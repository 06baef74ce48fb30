package org.redress.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.redress.casework.CasePanels;
import org.redress.casework.CaseStatus;
import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.Authorities;
import org.redress.organisation.StaffUser;
import org.redress.platform.Pdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Acknowledgements for feedback with no email address: a letter to print and post, from the council's
 * "Acknowledgement letter" wording, with its address, the reference and the date the customer will hear back. The
 * case page offers it; each letter produced is put on the case's record, whole.
 */
@Controller
class AcknowledgementLetters implements CasePanels {

    private final Casework casework;
    private final Notifications notifications;
    private final Letterhead letterhead;
    private final Authorities authorities;
    private final ITemplateEngine templates;
    private final Clock clock;

    AcknowledgementLetters(Casework casework, Notifications notifications, Letterhead letterhead,
            Authorities authorities, ITemplateEngine templates, Clock clock) {
        this.casework = casework;
        this.notifications = notifications;
        this.letterhead = letterhead;
        this.authorities = authorities;
        this.templates = templates;
        this.clock = clock;
    }

    /** A letter as printed: who it is from and to, the date, the heading and the paragraphs. */
    record Letter(String council, List<String> councilAddress, String date, String recipient,
            List<String> recipientAddress, String heading, List<String> paragraphs) {
    }

    @GetMapping("/staff/cases/{reference}/letters/acknowledgement")
    ResponseEntity<byte[]> acknowledgement(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        FeedbackCase c = casework.get(user, reference);
        if (!user.handlesCases()) {
            throw new AccessDeniedException("Report viewers do not send letters");
        }
        Letter letter = letter(c);
        byte[] pdf = Pdf.render(templates.process("notification/letter-pdf", new Context(Locale.UK,
                Map.of("letter", letter))));
        casework.recordLetter(user, c.reference(), "Acknowledgement letter produced for posting to "
                + letter.recipient(), String.join("\n\n", letter.paragraphs()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("acknowledgement-" + c.reference() + ".pdf").build().toString())
                .body(pdf);
    }

    Letter letter(FeedbackCase c) {
        EmailTemplates.Rendered wording = notifications.acknowledgementLetter(c);
        Contact to = c.representative() != null && c.representative().name() != null ? c.representative() : c.customer();
        List<String> paragraphs = List.of(wording.body().strip().split("\\n\\s*\\n"));
        return new Letter(authorities.get(c.authorityId()).name(),
                letterhead.address(c.authorityId()).map(Letterhead.Address::lines).orElse(List.of()),
                Notifications.plain(LocalDate.now(clock)).replaceFirst("^\\w+ ", ""),
                to == null || to.name() == null ? "" : to.name(),
                to == null || to.address() == null ? List.of()
                        : to.address().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                wording.subject(), paragraphs.stream().map(p -> p.strip().replaceAll("\\s*\\n\\s*", "\n")).toList());
    }

    /** On a case with no email address still at its first stage's start, the letter to post. */
    @Override
    public List<Panel> panelsFor(StaffUser user, FeedbackCase c) {
        if (!user.handlesCases() || Notifications.hasEmail(c) || c.currentStage() > 1
                || !(c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.ACKNOWLEDGED)) {
            return List.of();
        }
        return List.of(new Panel("acknowledgement-letter", "Acknowledgement by letter",
                List.of("There is no email address on this case, so acknowledge it by post."),
                List.of(new Link("Download the acknowledgement letter (PDF)",
                        "/staff/cases/" + c.reference() + "/letters/acknowledgement")),
                false));
    }
}
