package org.redress.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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

    /** Answers one client may post to the form's pages in an hour: each page is one, so a person needs a dozen. */
    private int answersPerHour = 300;
    /** Files one client may add to the form in an hour, and their bytes in all, before being asked to wait. */
    private int uploadFilesPerHour = 25;
    private DataSize uploadBytesPerHour = DataSize.ofMegabytes(100);
    /** Files added to forms never sent are removed after this long, by a job that runs every hour. */
    private Duration abandonedUploadsKept = Duration.ofDays(1);

    public int getAnswersPerHour() { return answersPerHour; }
    public void setAnswersPerHour(int answersPerHour) { this.answersPerHour = answersPerHour; }
    public int getUploadFilesPerHour() { return uploadFilesPerHour; }
    public void setUploadFilesPerHour(int uploadFilesPerHour) { this.uploadFilesPerHour = uploadFilesPerHour; }
    public DataSize getUploadBytesPerHour() { return uploadBytesPerHour; }
    public void setUploadBytesPerHour(DataSize uploadBytesPerHour) { this.uploadBytesPerHour = uploadBytesPerHour; }
    public Duration getAbandonedUploadsKept() { return abandonedUploadsKept; }
    public void setAbandonedUploadsKept(Duration abandonedUploadsKept) { this.abandonedUploadsKept = abandonedUploadsKept; }
    public String getAuthorityCode() { return authorityCode; }
    public void setAuthorityCode(String authorityCode) { this.authorityCode = authorityCode; }
    public int getSubmissionsPerHour() { return submissionsPerHour; }
    public void setSubmissionsPerHour(int submissionsPerHour) { this.submissionsPerHour = submissionsPerHour; }
    public int getLookupsPerHour() { return lookupsPerHour; }
    public void setLookupsPerHour(int lookupsPerHour) { this.lookupsPerHour = lookupsPerHour; }
}
