package org.redress;

import java.util.Arrays;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port and shared by every test that sends
 * email. Tests tell their messages apart by recipient: each uses addresses of its own.
 */
public final class TestMail {

    private static final GreenMail SERVER = start();

    private TestMail() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** Points Spring Mail at the server: use from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
        registry.add("redress.notification.from", () -> "feedback@council.example");
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** One message to {@code recipient}, waiting up to 15 seconds for it to arrive. */
    public static Email awaitOne(String recipient) {
        return awaitAll(recipient, 1).get(0);
    }

    /** At least {@code count} messages to {@code recipient}, oldest first, waiting up to 15 seconds. */
    public static List<Email> awaitAll(String recipient, int count) {
        long until = System.nanoTime() + 15_000_000_000L;
        List<Email> found = List.of();
        while (System.nanoTime() < until) {
            found = to(recipient);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " email(s) to " + recipient + " but found " + found.size());
    }

    /** Every message to {@code recipient} so far. */
    public static List<Email> to(String recipient) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> sentTo(m, recipient)).map(TestMail::email)
                .toList();
    }

    /** An email as received. */
    public record Email(String from, String to, String subject, String body) {
    }

    private static boolean sentTo(MimeMessage m, String recipient) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            return (content instanceof String s ? s : GreenMailUtil.getBody(m)).replace("\r\n", "\n");
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Email email(MimeMessage m) {
        try {
            return new Email(m.getFrom()[0].toString(), m.getRecipients(Message.RecipientType.TO)[0].toString(),
                    m.getSubject(), body(m));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
