package org.redress.correspondence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;

import javax.net.ssl.SSLException;

import org.springframework.stereotype.Component;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

/**
 * Signs in to a council's mailbox over IMAP, with its password or, for OAuth 2.0, with XOAUTH2 and a token from
 * {@link AccessTokens}; and says in plain words why a connection failed, for the "Test connection" button and the
 * last-poll status.
 */
@Component
class MailboxConnector {

    /** What testing the connection found: whether it worked, and in words. */
    record Check(boolean worked, String message) {
    }

    private final AccessTokens tokens;

    MailboxConnector(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The Jakarta Mail session for the mailbox: never marks an email read by reading it; XOAUTH2 for OAuth. */
    Session session(Mailbox mailbox) {
        Properties settings = new Properties();
        String p = mailbox.protocol();
        // Reading an email must not mark it read: only storing it does.
        settings.put("mail." + p + ".peek", "true");
        settings.put("mail." + p + ".connectiontimeout", "10000");
        settings.put("mail." + p + ".timeout", "30000");
        if (mailbox.usesOAuth()) {
            settings.put("mail." + p + ".auth.mechanisms", "XOAUTH2");
            settings.put("mail." + p + ".auth.login.disable", "true");
            settings.put("mail." + p + ".auth.plain.disable", "true");
        }
        return Session.getInstance(settings);
    }

    /** A signed-in store; the caller closes it. */
    Store connect(Mailbox mailbox) throws MessagingException {
        Store store = session(mailbox).getStore(mailbox.protocol());
        String secret = mailbox.usesOAuth() ? tokens.token(mailbox.oauth()) : mailbox.password();
        try {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), secret);
        } catch (AuthenticationFailedException e) {
            if (mailbox.usesOAuth()) {
                // A token revoked or from before a permission change: ask for a new one next time.
                tokens.forget(mailbox.oauth());
            }
            throw e;
        }
        return store;
    }

    /** Connects, opens the folder and counts its unread emails, saying plainly what failed if anything did. */
    Check check(Mailbox mailbox) {
        try (Store store = connect(mailbox)) {
            Folder folder = store.getFolder(mailbox.folder());
            if (!folder.exists()) {
                return new Check(false, "Signed in to " + mailbox.host() + ", but the mailbox has no folder called "
                        + mailbox.folder() + ".");
            }
            folder.open(Folder.READ_ONLY);
            try {
                int unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
                return new Check(true, "Connected to " + mailbox.host() + " as " + mailbox.username() + ". The folder "
                        + mailbox.folder() + " has " + unread + (unread == 1 ? " unread email." : " unread emails."));
            } finally {
                folder.close(false);
            }
        } catch (AccessTokens.Refused e) {
            return new Check(false, e.getMessage() + ".");
        } catch (MessagingException | RuntimeException e) {
            return new Check(false, why(mailbox, e));
        }
    }

    /** Why reading the mailbox failed, in words an administrator can act on. */
    static String why(Mailbox mailbox, Exception failure) {
        if (failure instanceof AccessTokens.Refused) {
            return failure.getMessage() + ".";
        }
        String where = mailbox.host() + " on port " + mailbox.port();
        if (failure instanceof jakarta.mail.FolderNotFoundException) {
            return "Signed in to " + mailbox.host() + ", but the mailbox has no folder called " + mailbox.folder() + ".";
        }
        if (failure instanceof AuthenticationFailedException) {
            return mailbox.usesOAuth()
                    ? mailbox.host() + " refused the access token for " + mailbox.username() + ": check the "
                            + "application has IMAP.AccessAsApp and its service principal has access to the mailbox."
                    : mailbox.host() + " refused to sign in as " + mailbox.username() + ": check the username and password.";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "Could not find the mail server " + mailbox.host() + ": check the host name.";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "Could not reach " + where + ": the server is unreachable or refused the connection.";
            }
            if (cause instanceof SocketTimeoutException) {
                return "Could not reach " + where + ": no answer in time.";
            }
            if (cause instanceof SSLException) {
                return "Reached " + where + " but could not start a secure (TLS) connection: check the port, or "
                        + "whether the server uses IMAP without TLS.";
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "Could not read the mailbox at " + where + ": "
                + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }
}
