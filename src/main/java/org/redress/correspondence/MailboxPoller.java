package org.redress.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.redress.casework.Attachments;
import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.core.LockExtender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reads each council's mailbox: the one its administrators saved, or for the first council the environment's when it
 * has none saved. Each unread email is stored, and that committed, before it is marked read on the server: stopped
 * in between, the next poll reads it again and the unique key on the stored email turns the second copy away. So
 * nothing is lost and nothing is stored twice, whether Redress stops mid-poll or two instances poll at once (the
 * lock makes that rare; the key makes it harmless).
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
    private final MailboxSettings settings;
    private final MailboxConnector connector;
    private final Inbox inbox;
    private final Authorities authorities;
    private final Attachments attachments;
    private final TransactionTemplate transaction;
    private final JdbcClient db;
    private final Clock clock;
    private final Duration lockFor;

    MailboxPoller(InboxProperties properties, MailboxSettings settings, MailboxConnector connector, Inbox inbox,
            Authorities authorities, Attachments attachments, PlatformTransactionManager transactions, JdbcClient db,
            Clock clock, @Value("${redress.inbox.lock-for:PT1M}") Duration lockFor) {
        this.properties = properties;
        this.settings = settings;
        this.connector = connector;
        this.inbox = inbox;
        this.authorities = authorities;
        this.attachments = attachments;
        this.transaction = new TransactionTemplate(transactions);
        this.db = db;
        this.clock = clock;
        this.lockFor = lockFor;
        if (properties.configured()) {
            log.info("Inbox: the environment names {} as {} over {} every {} (unless the council saves a mailbox)",
                    properties.host(), properties.username(), properties.protocol(), properties.poll());
        }
    }


    /**
     * Every tick, reads each mailbox whose poll interval has passed since its last poll. One lock for all mailboxes:
     * one instance reads them all at a time, each in turn. The lock is short ({@code redress.inbox.lock-for}, a
     * minute) and renewed as emails are stored, so an instance killed mid-poll holds the others up for that long, not
     * for the longest poll there could be.
     */
    @Scheduled(fixedDelayString = "${redress.inbox.tick:PT15S}", initialDelayString = "${redress.inbox.first-poll-after:PT20S}")
    @SchedulerLock(name = "inbox-poll", lockAtMostFor = "${redress.inbox.lock-for:PT1M}")
    void poll() {
        if (!authorities.any()) {
            return;
        }
        for (Map.Entry<Long, Mailbox> due : due().entrySet()) {
            long authorityId = due.getKey();
            Mailbox mailbox = due.getValue();
            try {
                poll(authorityId, mailbox, AfterStored.NOTHING);
            } catch (MessagingException | RuntimeException e) {
                log.warn("Inbox: could not read {} for council {}: {}", mailbox.host(), authorityId, e.toString());
                status(authorityId, mailbox, MailboxConnector.why(mailbox, e), 0);
            }
        }
    }

    /** The mailboxes to read now, by council: saved ones, and the environment's for its council if none is saved. */
    private Map<Long, Mailbox> due() {
        Map<Long, Mailbox> mailboxes = new LinkedHashMap<>();
        for (long authorityId : settings.councilsWithMailboxes()) {
            try {
                settings.mailbox(authorityId).ifPresent(m -> mailboxes.put(authorityId, m));
            } catch (IllegalStateException e) {
                // A secret that does not open (key missing or changed): say so where the administrator looks.
                log.warn("Inbox: council {}'s mailbox cannot be read: {}", authorityId, e.getMessage());
                db.sql("update inbox_mailbox set last_error = ?, last_polled_at = ? where authority_id = ?")
                        .params(e.getMessage(), now(), authorityId).update();
            }
        }
        if (properties.configured()) {
            long council = council().id();
            if (settings.saved(council).isEmpty()) {
                mailboxes.put(council, properties.mailbox());
            }
        }
        OffsetDateTime now = now();
        mailboxes.keySet().removeIf(authorityId -> settings.status(authorityId)
                .map(MailboxSettings.Status::lastPolledAt)
                .filter(last -> last.plus(mailboxes.get(authorityId).poll()).minusSeconds(1).isAfter(now))
                .isPresent());
        return mailboxes;
    }

    /** Reads every unread email in the mailbox once. */
    Result poll(long authorityId, Mailbox mailbox, AfterStored afterStored) throws MessagingException {
        long maxFileSize = attachments.limits().getMaxFileSize().toBytes();
        int stored = 0;
        int again = 0;
        Instant lastRenewed = clock.instant();
        try (Store store = connector.connect(mailbox)) {
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
                    lastRenewed = renewLock(lastRenewed);
                }
            } finally {
                folder.close(false);
            }
        }
        status(authorityId, mailbox, null, stored);
        return new Result(stored, again);
    }

    /** Renews the poll's lock each quarter of its time; a poll called directly (tests) has no lock to renew. */
    private Instant renewLock(Instant lastRenewed) {
        Instant now = clock.instant();
        if (Duration.between(lastRenewed, now).compareTo(lockFor.dividedBy(4)) < 0) {
            return lastRenewed;
        }
        try {
            LockExtender.extendActiveLock(lockFor, Duration.ZERO);
        } catch (LockExtender.NoActiveLockException notScheduled) {
            // Called outside the scheduled poll: nothing to renew.
        } catch (LockExtender.LockExtensionException e) {
            // Lost to another instance after a long pause: the unique key keeps its copies harmless.
            log.warn("Inbox: could not renew the poll lock: {}", e.getMessage());
        }
        return now;
    }

    private Authority council() {
        String code = properties.authorityCode();
        if (code != null && !code.isBlank()) {
            return authorities.findByCode(code.strip()).orElseThrow(() -> new IllegalStateException(
                    "redress.inbox.authority-code: there is no council " + code));
        }
        return authorities.all().stream().min(Comparator.comparingLong(Authority::id)).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Writes how the poll went on the mailbox's row, so administrators can see it is being read. The environment's
     * mailbox gets a row (not saved) that also records where it is; a saved row keeps its settings.
     */
    private void status(long authorityId, Mailbox mailbox, String error, int stored) {
        OffsetDateTime now = now();
        String why = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        int updated = db.sql("""
                update inbox_mailbox set last_polled_at = ?, last_error = ?, messages_stored = messages_stored + ?
                where authority_id = ? and saved""")
                .params(now, why, stored, authorityId)
                .update();
        if (updated == 0) {
            updated = db.sql("""
                    update inbox_mailbox set protocol = ?, host = ?, port = ?, username = ?, folder = ?,
                                             poll_minutes = ?, last_polled_at = ?, last_error = ?,
                                             messages_stored = messages_stored + ?
                    where authority_id = ? and not saved""")
                    .params(mailbox.protocol(), mailbox.host(), mailbox.port(), String.valueOf(mailbox.username()),
                            mailbox.folder(), minutes(mailbox), now, why, stored, authorityId)
                    .update();
        }
        if (updated == 0) {
            try {
                db.sql("""
                        insert into inbox_mailbox (authority_id, protocol, host, port, username, folder, poll_minutes,
                                                   last_polled_at, last_error, messages_stored)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(authorityId, mailbox.protocol(), mailbox.host(), mailbox.port(),
                                String.valueOf(mailbox.username()), mailbox.folder(), minutes(mailbox), now, why, stored)
                        .update();
            } catch (DuplicateKeyException e) {
                // Another instance wrote the row first; its poll said the same.
            }
        }
    }

    /** The poll interval in whole minutes for the row (at least 1; the environment may ask for seconds). */
    private static int minutes(Mailbox mailbox) {
        return (int) Math.max(1, Math.min(1440, mailbox.poll().toMinutes()));
    }
}
