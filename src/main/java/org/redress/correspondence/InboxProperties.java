package org.redress.correspondence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first council's mailbox ({@code redress.inbox.*}, or {@code REDRESS_INBOX_HOST} and so on in the
 * environment). With no host nothing is read.
 *
 * @param protocol {@code imaps} (IMAP over TLS, the default) or {@code imap}
 * @param port unset: 993 for imaps, 143 for imap
 * @param folder the folder read, {@code INBOX} by default
 * @param poll how often the mailbox is read, every minute by default
 * @param authorityCode the council whose mailbox it is; unset, the first council created
 */
@ConfigurationProperties("redress.inbox")
record InboxProperties(String host, Integer port, String username, String password, String protocol, String folder,
        Duration poll, String authorityCode) {

    InboxProperties {
        protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase();
        if (!protocol.equals("imaps") && !protocol.equals("imap")) {
            throw new IllegalStateException("redress.inbox.protocol (REDRESS_INBOX_PROTOCOL) must be imaps or imap, not "
                    + protocol);
        }
        port = port == null ? (protocol.equals("imaps") ? 993 : 143) : port;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        poll = poll == null ? Duration.ofMinutes(1) : poll;
    }

    /** The mailbox these settings describe, signing in with the password. */
    Mailbox mailbox() {
        return new Mailbox(protocol, host, port, username, folder, poll, password, null);
    }

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
