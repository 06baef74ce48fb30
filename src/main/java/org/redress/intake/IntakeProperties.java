package org.redress.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public form ({@code redress.intake.*}).
 */
@ConfigurationProperties("redress.intake")
public class IntakeProperties {

    /** The council whose form {@code /feedback} is; unset, the first council created. */
    private String authorityCode;
    /** Feedback one client (address) may send in an hour before being asked to wait. */
    private int submissionsPerHour = 20;
    /** Tracking look-ups by reference and email one client may make in an hour. */
    private int lookupsPerHour = 30;

    public String getAuthorityCode() { return authorityCode; }
    public void setAuthorityCode(String authorityCode) { this.authorityCode = authorityCode; }
    public int getSubmissionsPerHour() { return submissionsPerHour; }
    public void setSubmissionsPerHour(int submissionsPerHour) { this.submissionsPerHour = submissionsPerHour; }
    public int getLookupsPerHour() { return lookupsPerHour; }
    public void setLookupsPerHour(int lookupsPerHour) { this.lookupsPerHour = lookupsPerHour; }
}
