package org.redress.privacy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.redress.casework.CasePanels;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.springframework.stereotype.Component;

/** On the case page: whether the case is on legal hold, when its personal data goes, and the redaction aid. */
@Component
class PrivacyPanels implements CasePanels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    private final LegalHolds holds;
    private final RetentionPolicies policies;

    PrivacyPanels(LegalHolds holds, RetentionPolicies policies) {
        this.holds = holds;
        this.policies = policies;
    }

    @Override
    public List<Panel> panelsFor(StaffUser user, FeedbackCase c) {
        List<Panel> panels = new ArrayList<>();
        String base = "/staff/cases/" + c.reference();
        List<Link> holdLinks = new ArrayList<>();
        var standing = holds.standing(c.id());
        if (standing.isPresent()) {
            LegalHolds.Hold h = standing.get();
            if (LegalHolds.mayHold(user)) {
                holdLinks.add(new Link("Lift the legal hold", base + "/legal-hold"));
            }
            panels.add(new Panel("legal-hold", "On legal hold", List.of(
                    "Placed by " + h.placedBy() + " on " + DATE.format(h.placedAt().atZone(COUNCIL_TIME)) + ": " + h.reason(),
                    "Its personal data is kept until the hold is lifted."), holdLinks, true));
        } else {
            List<String> lines = new ArrayList<>();
            RetentionPeriod period = policies.period(c.authorityId(), c.type());
            lines.add(c.closedOn() == null
                    ? "Personal data is kept for " + period.years() + " years after the case is closed."
                    : "Personal data is kept until " + DATE.format(period.lastDayKept(c.closedOn())) + ".");
            if (LegalHolds.mayHold(user)) {
                holdLinks.add(new Link("Place a legal hold", base + "/legal-hold"));
            }
            panels.add(new Panel("legal-hold", "Retention", lines, holdLinks, false));
        }
        panels.add(new Panel("redaction", "Publishing", List.of("Take out personal details before anything is published."),
                List.of(new Link("Redact the response before publishing", base + "/redact")), false));
        return panels;
    }
}
