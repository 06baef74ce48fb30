package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.FlagTerm;

/**
 * Nothing lost, nothing twice, across processes: Redress runs as its own process reading the council's mailbox (set
 * from the environment) on a real IMAP server (GreenMail, in this JVM); it is killed with SIGKILL after the first few
 * of 120 emails are stored, mid-poll, and started again on the same database. In the end every email is stored exactly
 * once and every one is marked read on the server. Runs on the embedded H2 file, or on PostgreSQL with
 * SPRING_DATASOURCE_URL.
 */
class MailboxNothingLostIT {

    static final int EMAILS = 120;
    static final int KILL_AFTER = 5;

    @TempDir
    Path dataDir;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String admin = "mailbox-" + run;
    final String password = "mailbox-test-password-" + run;
    final String login = "complaints-" + run + "@council.example";

    @Test
    void aPollKilledHalfWayAndRestartedStoresEveryEmailOnceAndMarksEachRead() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        try {
            GreenMailUser mailbox = mail.setUser(login, login, "mailbox-password");
            Map<String, String> env = AppProcess.environment(dataDir, admin, password);
            env.put("REDRESS_INBOX_HOST", "127.0.0.1");
            env.put("REDRESS_INBOX_PORT", String.valueOf(mail.getImap().getPort()));
            env.put("REDRESS_INBOX_PROTOCOL", "imap");
            env.put("REDRESS_INBOX_USERNAME", login);
            env.put("REDRESS_INBOX_PASSWORD", "mailbox-password");
            env.put("REDRESS_INBOX_POLL", "PT1S");
            env.put("REDRESS_INBOX_TICK", "PT1S");
            env.put("REDRESS_INBOX_FIRST_POLL_AFTER", "PT1S");
            // The killed instance's lock runs out this long after it was last renewed; then the next one reads.
            env.put("REDRESS_INBOX_LOCK_FOR", "PT8S");
            Files.createDirectories(Path.of("target"));
            Path log = Path.of("target", "mailbox-nothing-lost-" + run + ".log");

            AppProcess first = AppProcess.start(env, log);
            int exit;
            try {
                // Delivered once Redress is up and reading an empty mailbox, so the kill lands in a poll of them.
                for (int i = 0; i < EMAILS; i++) {
                    mailbox.deliver(email(i));
                }
                awaitTrue(() -> stored() >= KILL_AFTER, "the first emails to be stored; see " + log);
                exit = first.kill();
            } finally {
                first.close();
            }
            assertThat(exit).as("the server was ended by SIGKILL").isEqualTo(AppProcess.KILLED_BY_SIGKILL);
            int storedAtKill = stored();
            int unreadAtKill = unread(mail);
            assertThat(storedAtKill).as("killed mid-poll: some, not all, stored").isBetween(KILL_AFTER, EMAILS - 1);
            assertThat(unreadAtKill).as("emails not yet marked read when killed").isPositive();

            try (AppProcess second = AppProcess.start(env, log)) {
                awaitTrue(() -> stored() == EMAILS && unread(mail) == 0, "every email stored and read; see " + log);
                assertThat(count("select count(*) from inbox_message where message_id like '<" + run + "-%'"))
                        .as("stored once each").isEqualTo(EMAILS);
                assertThat(count("select count(distinct message_id) from inbox_message where message_id like '<" + run
                        + "-%'")).isEqualTo(EMAILS);
                assertThat(count("select count(*) from inbox_attachment a join inbox_message m on m.id = "
                        + "a.inbox_message_id where m.message_id like '<" + run + "-%' and a.content is not null"))
                        .as("each with its file").isEqualTo(EMAILS);
                System.out.printf("Mailbox nothing lost (%s): %d emails, %d stored and %d unread at the kill, all %d "
                        + "stored once and read after the restart%n", AppProcess.onPostgres() ? "PostgreSQL" : "H2",
                        EMAILS, storedAtKill, unreadAtKill, EMAILS);
            }
        } finally {
            mail.stop();
        }
    }

    private MimeMessage email(int i) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("person" + i + "@example.com", "Person " + i));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(login));
        m.setSubject("Complaint " + i);
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Complaint number " + i + ". " + "The road outside is still broken. ".repeat(20), "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        byte[] pdf = ("%PDF-1.4 photo " + i + " " + "x".repeat(2_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        file.setContent(pdf, "application/octet-stream");
        file.setFileName("photo-" + i + ".pdf");
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        m.setHeader("Message-ID", "<" + run + "-" + i + "@example.com>");
        return m;
    }

    private int stored() {
        return count("select count(*) from inbox_message where message_id like '<" + run + "-%'");
    }

    private int count(String sql) {
        try (Connection db = AppProcess.connect(dataDir); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            // The table is made by the server's migrations; before they run, nothing is stored.
            return 0;
        }
    }

    private int unread(GreenMail mail) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), login, "mailbox-password");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            } finally {
                folder.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + 150_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Waited 150 s for " + what);
    }
}
