package org.redress.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * An email as Redress keeps it: the headers threading needs, the text, and the files (each read only when no bigger
 * than a file may be, so a huge attachment is listed, not loaded).
 *
 * @param dedupeKey what makes it the same email when read again: its Message-ID, or its content's SHA-256
 * @param automatic the kind of automatic email it is (see {@link AutoReplies}), or null
 */
record ReceivedEmail(String dedupeKey, String messageId, String inReplyTo, List<String> references,
        String fromAddress, String fromName, String to, String subject, String body, Instant sentAt, String automatic,
        List<File> files) {

    static final int MAX_BODY = 100_000;

    /** A file as sent; {@code bytes} null when it was too big to read. */
    record File(String name, long size, byte[] bytes) {
    }

    static ReceivedEmail read(MimeMessage m, long maxFileSize) throws MessagingException, IOException {
        String messageId = header(m, "Message-ID");
        String dedupeKey = messageId != null && messageId.length() <= 990 ? "id:" + messageId : "sha256:" + sha256(m);
        InternetAddress from = firstAddress(m.getFrom());
        String fromAddress = from == null ? "(no sender)" : from.getAddress();
        String fromName = from == null ? null : from.getPersonal();
        String subject = m.getSubject();
        Address[] recipients = m.getRecipients(Message.RecipientType.TO);
        String to = recipients == null ? null : String.join(", ", Arrays.stream(recipients).map(Address::toString).toList());
        String automatic = AutoReplies.kind(new AutoReplies.Signs(header(m, "Auto-Submitted"), header(m, "X-Autoreply"),
                header(m, "X-Autorespond"), header(m, "Precedence"), fromAddress, subject, m.getContentType()));
        Parts parts = new Parts(maxFileSize);
        parts.walk(m);
        String body = parts.text != null ? parts.text : parts.html != null ? plain(parts.html) : "";
        List<String> references = new ArrayList<>();
        String referencesHeader = header(m, "References");
        if (referencesHeader != null) {
            for (String id : referencesHeader.split("\\s+")) {
                if (!id.isBlank()) {
                    references.add(id.strip());
                }
            }
        }
        String inReplyTo = header(m, "In-Reply-To");
        return new ReceivedEmail(dedupeKey, cut(messageId, 998), cut(inReplyTo == null ? null : inReplyTo.strip(), 998),
                references, cut(fromAddress, 320), cut(fromName, 200), cut(to, 2000), cut(subject, 1000),
                cut(body.replace("\r\n", "\n").strip(), MAX_BODY),
                m.getSentDate() == null ? null : m.getSentDate().toInstant(), automatic, parts.files);
    }

    /** The Message-IDs this email answers, nearest first: In-Reply-To, then References from the latest back. */
    List<String> answers() {
        List<String> ids = new ArrayList<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return ids;
    }

    /** The name to greet, or the address when the email gives none. */
    String sender() {
        return fromName == null || fromName.isBlank() ? fromAddress : fromName + " <" + fromAddress + ">";
    }

    private static final class Parts {
        private final long maxFileSize;
        String text;
        String html;
        final List<File> files = new ArrayList<>();

        Parts(long maxFileSize) {
            this.maxFileSize = maxFileSize;
        }

        void walk(Part part) throws MessagingException, IOException {
            String fileName = part.getFileName();
            if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                String name = fileName == null ? "attachment" : MimeUtility.decodeText(fileName);
                int size = part.getSize();
                if (size > maxFileSize * 2) {
                    // Base64 is a third bigger than the file: well past the limit, do not read it at all.
                    files.add(new File(name, size, null));
                } else {
                    byte[] bytes = read(part.getInputStream(), maxFileSize + 1);
                    files.add(bytes.length > maxFileSize ? new File(name, bytes.length, null) : new File(name, bytes.length, bytes));
                }
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        try (in) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }

    /** HTML reduced to its text: kept as text only, never shown as HTML. */
    static String plain(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n\\s*\\n+", "\n\n");
    }

    private static String header(Part m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        if (values == null || values.length == 0) {
            return null;
        }
        try {
            return MimeUtility.unfold(MimeUtility.decodeText(values[0])).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return values[0].strip();
        }
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        return Arrays.stream(addresses).filter(InternetAddress.class::isInstance).map(InternetAddress.class::cast)
                .findFirst().orElse(null);
    }

    private static String sha256(MimeMessage m) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
