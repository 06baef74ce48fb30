package org.redress.correspondence;

import java.util.List;

import org.redress.casework.CasePanels;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.springframework.stereotype.Component;

/** On the case page: the emails on the case, and "new correspondence" while its handler has not read them. */
@Component
class CorrespondencePanels implements CasePanels {

    private final Inbox inbox;

    CorrespondencePanels(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<Panel> panelsFor(StaffUser user, FeedbackCase c) {
        int emails = inbox.onCase(c.authorityId(), c.id()).size();
        if (emails == 0) {
            return List.of();
        }
        long unread = inbox.newOnCase(c.authorityId(), c.id());
        String count = emails == 1 ? "1 email received" : emails + " emails received";
        List<Link> read = List.of(new Link("Read the correspondence", "/staff/cases/" + c.reference() + "/correspondence"));
        if (unread > 0) {
            return List.of(new Panel("correspondence", "New correspondence",
                    List.of(count + "; " + (unread == 1 ? "1 not yet read." : unread + " not yet read.")), read, true));
        }
        return List.of(new Panel("correspondence", "Correspondence", List.of(count + "."), read, false));
    }
}
