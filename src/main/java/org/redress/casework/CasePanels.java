package org.redress.casework;

import java.util.List;

import org.redress.organisation.StaffUser;

/**
 * What another module shows on the case page beside the case (a legal hold, a redaction aid), so casework need not
 * know those modules: each bean of this type adds its panels.
 */
public interface CasePanels {

    List<Panel> panelsFor(StaffUser user, FeedbackCase c);

    /** A titled box of lines and links; {@code warning} panels stand out. */
    record Panel(String id, String heading, List<String> lines, List<Link> links, boolean warning) {
    }

    record Link(String text, String href) {
    }
}
