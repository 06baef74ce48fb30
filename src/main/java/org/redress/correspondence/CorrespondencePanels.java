package org.redress.correspondence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.redress.casework.CasePanels;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.springframework.stereotype.Component;

/**
 * On the case page: the response being written (and how long it has waited for sign-off), the messages in and out
 * with "new correspondence" while its handler has not read an email, and writing to the customer.
 */
@Component
class CorrespondencePanels implements CasePanels {

    private final Inbox inbox;
    private final Correspondence correspondence;
    private final Responses responses;

    CorrespondencePanels(Inbox inbox, Correspondence correspondence, Responses responses) {
        this.inbox = inbox;
        this.correspondence = correspondence;
        this.responses = responses;
    }

    @Override
    public List<Panel> panelsFor(StaffUser user, FeedbackCase c) {
        List<Panel> panels = new ArrayList<>();
        String draft = "/staff/cases/" + c.reference() + "/response";
        responses.current(c.authorityId(), c.id()).ifPresent(l -> panels.add(switch (l.status()) {
            case AWAITING_SIGN_OFF -> new Panel("response-draft", "Response awaiting sign-off",
                    List.of("Written by " + l.draftedByName() + "; waiting " + l.waiting(Instant.now()) + "."),
                    List.of(new Link("Open the response", draft)), true);
            case RETURNED -> new Panel("response-draft", "Response returned with comments",
                    List.of("Returned by " + l.reviewedByName() + " to " + l.draftedByName() + "."),
                    List.of(new Link("Open the response", draft)), true);
            default -> new Panel("response-draft", "Response being written",
                    List.of("Draft by " + l.draftedByName() + "."), List.of(new Link("Open the response", draft)), false);
        }));
        List<Correspondence.Item> items = correspondence.onCase(c);
        long in = items.stream().filter(i -> i.direction().equals("in")).count();
        long out = items.size() - in;
        List<String> lines = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add("Nothing sent or received yet.");
        } else {
            lines.add((in == 1 ? "1 email received" : in + " emails received") + "; "
                    + (out == 1 ? "1 message sent" : out + " messages sent") + ".");
        }
        long unread = inbox.newOnCase(c.authorityId(), c.id());
        if (unread > 0) {
            lines.add(unread == 1 ? "1 not yet read." : unread + " not yet read.");
        }
        List<Link> links = new ArrayList<>();
        if (!items.isEmpty()) {
            links.add(new Link("Read the correspondence", "/staff/cases/" + c.reference() + "/correspondence"));
        }
        if (user.handlesCases()) {
            links.add(new Link("Message the customer", "/staff/cases/" + c.reference() + "/message"));
        }
        panels.add(new Panel("correspondence", unread > 0 ? "New correspondence" : "Correspondence", lines, links,
                unread > 0));
        return panels;
    }
}
