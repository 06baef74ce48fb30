package org.redress.correspondence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.redress.casework.CaseEvent;
import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.notification.CustomerLetters;
import org.redress.organisation.Authorities;
import org.springframework.stereotype.Component;

/**
 * Every message on a case, in and out, in date order: the emails received (with their files), the emails Redress
 * sent about it (acknowledgements, responses with the letter as a PDF, messages) and the letters produced for
 * posting. What was sent is shown as it was sent.
 */
@Component
public class Correspondence {

    /** One message: {@code direction} in or out, {@code channel} email or letter. */
    public record Item(String direction, String channel, String from, String to, String subject, String body,
            Instant at, List<File> attachments) {
    }

    /** A file with a message, as listed. */
    public record File(String name, String contentType, long size) {
    }

    private static final String POSTED = "Letter produced for posting: ";

    private final Inbox inbox;
    private final CustomerLetters letters;
    private final Casework casework;
    private final Authorities authorities;

    Correspondence(Inbox inbox, CustomerLetters letters, Casework casework, Authorities authorities) {
        this.inbox = inbox;
        this.letters = letters;
        this.casework = casework;
        this.authorities = authorities;
    }

    /** Everything on the case, in and out, oldest first. */
    public List<Item> onCase(FeedbackCase c) {
        List<Item> items = new ArrayList<>();
        for (Inbox.Message m : inbox.onCase(c.authorityId(), c.id())) {
            items.add(new Item("in", "email", m.sender(), m.to(), m.subject(), m.body(), m.at(),
                    inbox.files(m.id()).stream().filter(f -> f.refused() == null)
                            .map(f -> new File(f.name(), f.contentType(), f.sizeBytes())).toList()));
        }
        items.addAll(sentToCustomer(c));
        items.sort(Comparator.comparing(Item::at));
        return items;
    }

    /** What the council sent the customer about the case (emails and letters), oldest first. */
    public List<Item> sentToCustomer(FeedbackCase c) {
        List<Item> items = new ArrayList<>();
        for (CustomerLetters.Email e : letters.emailsAbout(c.authorityId(), c.id())) {
            items.add(new Item("out", "email", letters.from(), e.to(), e.subject(), e.body(), e.at(),
                    e.fileName() == null ? List.of() : List.of(new File(e.fileName(), "application/pdf", e.fileSize()))));
        }
        String council = authorities.get(c.authorityId()).name();
        for (CaseEvent letter : casework.lettersProduced(c.authorityId(), c.id())) {
            String subject = letter.summary().startsWith(POSTED) ? letter.summary().substring(POSTED.length())
                    : letter.summary();
            items.add(new Item("out", "letter", council, addressee(c), subject, letter.words(), letter.occurredAt(),
                    List.of()));
        }
        items.sort(Comparator.comparing(Item::at));
        return items;
    }

    private static String addressee(FeedbackCase c) {
        Contact to = c.representative() != null && c.representative().name() != null ? c.representative() : c.customer();
        return to == null || to.name() == null ? "" : to.name();
    }
}
