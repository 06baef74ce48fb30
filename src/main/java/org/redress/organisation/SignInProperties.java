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

    /**
     * Failed sign-ins for one username from every address together, within the window, after which sign-in is
     * refused from any address the account has not lately signed in from: a guess attack spread over many
     * addresses is slowed, and the real person still gets in from their usual address.
     */
    private int maxFailuresAcrossAddresses = 20;
    /** How long an address the account signed in from successfully stays exempt from that overall limit. */
    private Duration knownAddressKept = Duration.ofDays(30);

    public int getMaxFailuresAcrossAddresses() { return maxFailuresAcrossAddresses; }
    public void setMaxFailuresAcrossAddresses(int max) { this.maxFailuresAcrossAddresses = max; }
    public Duration getKnownAddressKept() { return knownAddressKept; }
    public void setKnownAddressKept(Duration knownAddressKept) { this.knownAddressKept = knownAddressKept; }
    public int getMaxFailures() { return maxFailures; }
    public void setMaxFailures(int maxFailures) { this.maxFailures = maxFailures; }
    public Duration getLockout() { return lockout; }
    public void setLockout(Duration lockout) { this.lockout = lockout; }
}
