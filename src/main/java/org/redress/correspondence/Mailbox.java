package org.redress.correspondence;

import java.time.Duration;

/**
 * One council's mailbox as Redress reads it: where, as whom, and how it signs in. Holds secrets in the clear, so it
 * is never shown or logged ({@link #toString} leaves them out).
 *
 * @param password the password when {@code oauth} is null
 * @param oauth the OAuth 2.0 client that gets a token (XOAUTH2) instead of a password; null for a password
 */
record Mailbox(String protocol, String host, int port, String username, String folder, Duration poll,
        String password, OAuthClient oauth) {

    /** Microsoft 365's IMAP scope for an application reading a mailbox with client credentials. */
    static final String MICROSOFT_365_SCOPE = "https://outlook.office365.com/.default";

    /** An application registered with the mailbox's identity provider (client credentials flow). */
    record OAuthClient(String tokenUrl, String clientId, String clientSecret, String scope) {
        @Override
        public String toString() {
            return "OAuthClient[" + tokenUrl + ", " + clientId + ", " + scope + "]";
        }
    }

    boolean usesOAuth() {
        return oauth != null;
    }

    @Override
    public String toString() {
        return "Mailbox[" + protocol + "://" + username + "@" + host + ":" + port + "/" + folder
                + (usesOAuth() ? " with OAuth 2.0" : "") + "]";
    }
}
