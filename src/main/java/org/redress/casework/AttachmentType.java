package org.redress.casework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a case may keep, each recognised from the file's own first bytes (its magic number), never from
 * its name or the type the browser claims: an {@code .exe} renamed {@code .pdf} is still refused. Anything that could
 * run in a browser (HTML, SVG, script) is refused even when it is text.
 */
public enum AttachmentType {
    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPG image", "jpg", "jpeg"),
    PNG("image/png", "PNG image", "png"),
    GIF("image/gif", "GIF image", "gif"),
    HEIC("image/heic", "HEIC photo", "heic", "heif"),
    TEXT("text/plain", "Text", "txt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet", "xlsx");

    /** How the allowed kinds are named to the public, as the Design System's file upload errors name them. */
    public static final String ALLOWED = "PDF, JPG, PNG, GIF, HEIC, TXT, DOCX or XLSX";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
    /** Text that a browser would treat as markup if it were ever shown: refused so it can never be. */
    private static final List<String> MARKUP = List.of("<html", "<script", "<svg", "<!doctype", "<?xml", "<body",
            "<iframe", "<object", "<embed", "<meta", "<a ", "<img", "javascript:");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() { return mediaType; }
    public String label() { return label; }
    public String extension() { return extensions.get(0); }

    /** Whether a file name already ends as this kind's files do (so a download keeps it, or gets the right ending). */
    boolean named(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    public static AttachmentType fromMediaType(String mediaType) {
        for (AttachmentType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown attachment type " + mediaType);
    }

    /** What the bytes are, or empty when they are none of the allowed kinds (or empty). */
    public static Optional<AttachmentType> sniff(byte[] b) {
        if (b == null || b.length == 0) {
            return Optional.empty();
        }
        if (startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (b.length >= 12 && startsWith(b, 4, ascii("ftyp"))
                && HEIF_BRANDS.contains(new String(b, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of(HEIC);
        }
        if (startsWith(b, 0, new byte[] {'P', 'K', 3, 4})) {
            return office(b);
        }
        return text(b) ? Optional.of(TEXT) : Optional.empty();
    }

    /**
     * A DOCX or XLSX is a zip whose entries include {@code [Content_Types].xml} and the main part. The names are read
     * from the zip's central directory, so nothing is decompressed (a zip bomb costs nothing here).
     */
    private static Optional<AttachmentType> office(byte[] b) {
        Set<String> names = zipEntryNames(b);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static Set<String> zipEntryNames(byte[] b) {
        Set<String> names = new HashSet<>();
        // The end-of-central-directory record is in the last 22 bytes plus up to 64 KiB of comment.
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = u16(b, end + 10);
        long offset = u32(b, end + 16);
        // Every position is a long: an offset near 2^31 read from the file must not wrap round past the checks.
        long p = offset;
        for (int n = 0; n < entries && n < 10_000; n++) {
            if (p + 46 > b.length || !(b[(int) p] == 'P' && b[(int) p + 1] == 'K' && b[(int) p + 2] == 1
                    && b[(int) p + 3] == 2)) {
                break;
            }
            int at = (int) p;
            int nameLength = u16(b, at + 28);
            int extraLength = u16(b, at + 30);
            int commentLength = u16(b, at + 32);
            if (p + 46 + nameLength > b.length) {
                break;
            }
            names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** UTF-8 (with or without a byte order mark) with no control characters but tab, line breaks and form feed. */
    private static boolean text(byte[] b) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                return false;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return MARKUP.stream().noneMatch(lower::contains);
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] b, int at) {
        return at + 2 > b.length ? 0 : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return at + 4 > b.length ? -1 : (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16
                | (b[at + 3] & 0xffL) << 24;
    }
}
