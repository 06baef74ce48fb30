package org.redress.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.Authorities;
import org.redress.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Letters as printed: the council's name and address, the customer's, the date, a heading and the text. */
@Component
class LetterPdfs {

    private final Letterhead letterhead;
    private final Authorities authorities;
    private final ITemplateEngine templates;
    private final Clock clock;

    LetterPdfs(Letterhead letterhead, Authorities authorities, ITemplateEngine templates, Clock clock) {
        this.letterhead = letterhead;
        this.authorities = authorities;
        this.templates = templates;
        this.clock = clock;
    }

    /** A letter as printed: who it is from and to, the date, the heading and the paragraphs. */
    record Letter(String council, List<String> councilAddress, String date, String recipient,
            List<String> recipientAddress, String heading, List<String> paragraphs) {
    }

    /** The letter to the case's customer (or whoever acts for them) with this heading and text. */
    Letter letter(FeedbackCase c, String heading, String text) {
        Contact to = addressee(c);
        List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
        return new Letter(authorities.get(c.authorityId()).name(),
                letterhead.address(c.authorityId()).map(Letterhead.Address::lines).orElse(List.of()),
                Notifications.plain(LocalDate.now(clock)).replaceFirst("^\\w+ ", ""),
                to == null || to.name() == null ? "" : to.name(),
                to == null || to.address() == null ? List.of()
                        : to.address().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                heading, paragraphs.stream().map(p -> p.strip().replaceAll("\\s*\\n\\s*", "\n")).toList());
    }

    byte[] pdf(Letter letter) {
        return Pdf.render(templates.process("notification/letter-pdf", new Context(Locale.UK, Map.of("letter", letter))));
    }

    /** Whom a letter is addressed to: the representative where one is named, else the customer. */
    static Contact addressee(FeedbackCase c) {
        return c.representative() != null && c.representative().name() != null ? c.representative() : c.customer();
    }
}
