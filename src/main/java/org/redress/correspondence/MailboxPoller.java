package org.redress.correspondence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Properties;

import org.redress.casework.Attachments;
import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reads the council's mailbox. Each unread email is stored, and that committed, before it is marked read on the
 * server: stopped in between, the next poll reads it again and the unique key on the stored email turns the second
 * copy away. So nothing is lost and nothing is stored twice, whether Redress stops mid-poll or two instances poll
 * at once (the lock makes that rare; the key makes it harmless).
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** Called after an email is stored and before it is marked read: a test stops the poll here. */
    interface AfterStored {
        AfterStored NOTHING = () -> {
        };

        void stored();
    }

    /** What one poll did: emails stored, and emails found already stored (read again after a stop). */
    record Result(int stored, int alreadyStored) {
    }

    private final InboxProperties properties;
    private final Inbox inbox;
    private final Authorities authorities;
    private final Attachments attachments;
    private final TransactionTemplate transaction;
    private final JdbcClient db;
    private final Clock clock;

    MailboxPoller(InboxProperties properties, Inbox inbox, Authorities authorities, Attachments attachments,
            PlatformTransactionManager transactions, JdbcClient db, Clock clock) {
        this.properties = properties;
        this.inbox = inbox;
        this.authorities = authorities;
        this.attachments = attachments;
        this.transaction = new TransactionTemplate(transactions);
        this.db = db;
        this.clock = clock;
        if (properties.configured()) {
            log.info("Inbox: reading {} as {} over {} every {}", properties.host(), properties.username(),
                    properties.protocol(), properties.poll());
        }
    }

    @Scheduled(fixedDelayString = "${redress.inbox.poll:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "inbox-poll", lockAtMostFor = "PT15M")
    void poll() {
        if (!properties.configured() || !authorities.any()) {
            return;
        }
        long authorityId = council().id();
        try {
            poll(authorityId, properties, AfterStored.NOTHING);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Inbox: could not read {}: {}", properties.host(), e.toString());
            status(authorityId, properties, e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
        }
    }

    /** Reads every unread email in the mailbox once. */
    Result poll(long authorityId, InboxProperties mailbox, AfterStored afterStored) throws MessagingException {
        Properties settings = new Properties();
        String p = mailbox.protocol();
        // Reading an email must not mark it read: only storing it does.
        settings.put("mail." + p + ".peek", "true");
        settings.put("mail." + p + ".connectiontimeout", "10000");
        settings.put("mail." + p + ".timeout", "30000");
        Session session = Session.getInstance(settings);
        long maxFileSize = attachments.limits().getMaxFileSize().toBytes();
        int stored = 0;
        int again = 0;
        try (Store store = session.getStore(p)) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    ReceivedEmail email;
                    try {
                        email = ReceivedEmail.read((MimeMessage) message, maxFileSize);
                    } catch (java.io.IOException e) {
                        throw new MessagingException("Could not read email " + message.getMessageNumber(), e);
                    }
                    try {
                        transaction.executeWithoutResult(t -> inbox.store(authorityId, email));
                        stored++;
                    } catch (DuplicateKeyException e) {
                        again++;
                    }
                    afterStored.stored();
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        }
        status(authorityId, mailbox, null, stored);
        return new Result(stored, again);
    }

    private Authority council() {
        String code = properties.authorityCode();
        if (code != null && !code.isBlank()) {
            return authorities.findByCode(code.strip()).orElseThrow(() -> new IllegalStateException(
                    "redress.inbox.authority-code: there is no council " + code));
        }
        return authorities.all().stream().min(Comparator.comparingLong(Authority::id)).orElseThrow();
    }

    /** Writes how the poll went on the mailbox's row, so administrators can see it is being read. */
    private void status(long authorityId, InboxProperties mailbox, String error, int stored) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String why = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        int updated = db.sql("""
                update inbox_mailbox set protocol = ?, host = ?, port = ?, username = ?, folder = ?, last_polled_at = ?,
                                         last_error = ?, messages_stored = messages_stored + ?
                where authority_id = ?""")
                .params(mailbox.protocol(), mailbox.host(), mailbox.port(), String.valueOf(mailbox.username()),
                        mailbox.folder(), now, why, stored, authorityId)
                .update();
        if (updated == 0) {
            try {
                db.sql("""
                        insert into inbox_mailbox (authority_id, protocol, host, port, username, folder, last_polled_at,
                                                   last_error, messages_stored)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(authorityId, mailbox.protocol(), mailbox.host(), mailbox.port(),
                                String.valueOf(mailbox.username()), mailbox.folder(), now, why, stored)
                        .update();
            } catch (DuplicateKeyException e) {
                // Another instance wrote the row first; its poll said the same.
            }
        }
    }
}
