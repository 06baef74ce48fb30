package org.redress.notification;

import java.util.List;

import org.redress.casework.CasePanels;
import org.redress.casework.CaseStatus;
import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Acknowledgements for feedback with no email address: a letter to print and post, from the council's
 * "Acknowledgement letter" wording, with its address, the reference and the date the customer will hear back. The
 * case page offers it; each letter produced is put on the case's record, whole.
 */
@Controller
class AcknowledgementLetters implements CasePanels {

    private final Casework casework;
    private final Notifications notifications;
    private final LetterPdfs letters;

    AcknowledgementLetters(Casework casework, Notifications notifications, LetterPdfs letters) {
        this.casework = casework;
        this.notifications = notifications;
        this.letters = letters;
    }

    @GetMapping("/staff/cases/{reference}/letters/acknowledgement")
    ResponseEntity<byte[]> acknowledgement(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        FeedbackCase c = casework.get(user, reference);
        if (!user.handlesCases()) {
            throw new AccessDeniedException("Report viewers do not send letters");
        }
        LetterPdfs.Letter letter = letter(c);
        byte[] pdf = letters.pdf(letter);
        casework.recordLetter(user, c.reference(), "Acknowledgement letter produced for posting to "
                + letter.recipient(), String.join("\n\n", letter.paragraphs()));
        return CustomerLetters.pdfDownload(pdf, "acknowledgement-" + c.reference() + ".pdf");
    }

    LetterPdfs.Letter letter(FeedbackCase c) {
        EmailTemplates.Rendered wording = notifications.acknowledgementLetter(c);
        return letters.letter(c, wording.subject(), wording.body());
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
