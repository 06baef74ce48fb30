package org.redress.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in settings ({@code redress.sign-in.*}). */
@ConfigurationProperties("redress.sign-in")
public class SignInProperties {

    /** Failed sign-ins for one username within the window before sign-in is refused. */
    private int maxFailures = 5;
    /** The window in which failures are counted, and how long sign-in is then refused. */
    private Duration lockout = Duration.ofMinutes(15);

    public int getMaxFailures() { return maxFailures; }
    public void setMaxFailures(int maxFailures) { this.maxFailures = maxFailures; }
    public Duration getLockout() { return lockout; }
    public void setLockout(Duration lockout) { this.lockout = lockout; }
}
