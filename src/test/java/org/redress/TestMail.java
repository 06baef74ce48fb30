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

    /** An email as received, with the files that came with it. */
    public record Email(String from, String to, String subject, String body, List<File> files) {
    }

    /** A file sent with an email. */
    public record File(String name, String contentType, byte[] bytes) {
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
            if (content instanceof jakarta.mail.Multipart multipart) {
                return text(multipart).replace("\r\n", "\n");
            }
            return (content instanceof String s ? s : GreenMailUtil.getBody(m)).replace("\r\n", "\n");
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first plain-text part that is not a file, however deep the parts nest. */
    private static String text(jakarta.mail.Multipart multipart) throws java.io.IOException, MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                String text = text(inner);
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return part.getContent().toString();
            }
        }
        return "";
    }

    private static List<File> files(MimeMessage m) {
        try {
            List<File> files = new java.util.ArrayList<>();
            if (m.getContent() instanceof jakarta.mail.Multipart multipart) {
                collect(multipart, files);
            }
            return files;
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(jakarta.mail.Multipart multipart, List<File> files)
            throws java.io.IOException, MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                collect(inner, files);
            } else if (part.getFileName() != null) {
                files.add(new File(part.getFileName(), part.getContentType().split(";")[0].strip(),
                        part.getInputStream().readAllBytes()));
            }
        }
    }

    private static Email email(MimeMessage m) {
        try {
            return new Email(m.getFrom()[0].toString(), m.getRecipients(Message.RecipientType.TO)[0].toString(),
                    m.getSubject(), body(m), files(m));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
