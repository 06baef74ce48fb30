package org.redress.organisation;

import java.util.Arrays;

/** What a member of staff may do. A person may hold several. */
public enum Role {
    /**
     * Runs the installation for every council on it: creates and suspends councils and imports the Ombudsman's
     * national data. Held by the first administrator of a new installation; council administrators cannot give it.
     */
    SERVICE_OPERATOR("Service operator"),
    /** Manages the council's structure, staff, procedures and calendar. */
    ADMINISTRATOR("Administrator"),
    /** The central customer feedback team: logs, triages, assigns and watches every case. */
    FEEDBACK_TEAM("Customer feedback team"),
    /** Investigates and responds to cases within their scope. */
    INVESTIGATING_OFFICER("Investigating officer"),
    /** Reads reports and dashboards; changes nothing. */
    REPORT_VIEWER("Report viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    /** The Spring Security authority name, e.g. ROLE_FEEDBACK_TEAM. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a council's administrator may give or take this role on the staff pages. */
    public boolean councilRole() {
        return this != SERVICE_OPERATOR;
    }

    public static Role fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equalsIgnoreCase(key.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + key + "'"));
    }
}
