package org.redress.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal details in text meant for publication: the names of the people on the case, email addresses, UK
 * phone numbers, postcodes, NHS and National Insurance numbers, and dates given as dates of birth. It is an aid: it
 * finds what has a recognisable shape, and a person reads the text before it goes out.
 */
final class Redactor {

    static final String REDACTED = "[REDACTED]";

    enum Kind {
        NAME("Name"), EMAIL("Email address"), NHS_NUMBER("NHS number"), PHONE("Phone number"),
        NI_NUMBER("National Insurance number"), POSTCODE("Postcode"), DATE_OF_BIRTH("Date of birth");

        private final String label;

        Kind(String label) { this.label = label; }

        String label() { return label; }
    }

    /** Something found: its kind and where it is, [start, end). */
    record Finding(Kind kind, int start, int end, String text) {
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** UK postcode shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA) and GIR 0AA; any case. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    /** National Insurance number: two letters (not D, F, I, Q, U, V; second not O), six digits, A to D. */
    private static final Pattern NI_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    /** NHS number: ten digits written 3-3-4 or together, with a valid check digit. */
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])");
    /** A phone number starting 0, +44 or (0...), digits in groups; checked for length afterwards. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9+])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|\\(0|0)[0-9][0-9 ()-]{7,14}[0-9](?![0-9])");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /** A date after "born", "DOB", "date of birth"; group 1 is the date. */
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?:\\bborn(?: on)?|\\bd\\.?o\\.?b\\.?|\\bdate of birth(?: is)?)[:\\s]*"
                    + "([0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}(?:st|nd|rd|th)? " + MONTH
                    + ",? [0-9]{4}|" + MONTH + " [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "lady", "lord", "rev",
            "and", "the");

    private Redactor() {
    }

    /**
     * Everything found in {@code text}, in order, none overlapping (where two would, the one starting first, then the
     * longer, wins). {@code names}: the people on the case; each full name and each part of three letters or more.
     */
    static List<Finding> find(String text, List<String> names) {
        List<Finding> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        for (String term : nameTerms(names)) {
            add(all, Kind.NAME, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(term) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), text, 0);
        }
        add(all, Kind.EMAIL, EMAIL, text, 0);
        Matcher nhs = NHS_NUMBER.matcher(text);
        while (nhs.find()) {
            if (validNhsNumber(nhs.group())) {
                all.add(new Finding(Kind.NHS_NUMBER, nhs.start(), nhs.end(), nhs.group()));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (validPhone(phone.group())) {
                all.add(new Finding(Kind.PHONE, phone.start(), phone.end(), phone.group()));
            }
        }
        add(all, Kind.NI_NUMBER, NI_NUMBER, text, 0);
        add(all, Kind.POSTCODE, POSTCODE, text, 0);
        add(all, Kind.DATE_OF_BIRTH, DATE_OF_BIRTH, text, 1);
        all.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed())
                .thenComparing(f -> f.kind().ordinal()));
        List<Finding> kept = new ArrayList<>();
        int end = 0;
        for (Finding f : all) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    /** The text with the chosen findings (by their index in {@code findings}) replaced by [REDACTED]. */
    static String redact(String text, List<Finding> findings, Set<Integer> chosen) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!chosen.contains(i)) {
                continue;
            }
            out.append(text, at, f.start()).append(REDACTED);
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    static boolean validNhsNumber(String candidate) {
        String digits = candidate.replaceAll("[^0-9]", "");
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** A UK number has 10 or 11 digits with its leading 0 (+44 standing for the 0). */
    private static boolean validPhone(String candidate) {
        String digits = candidate.replaceAll("[^0-9]", "");
        if (candidate.startsWith("+44")) {
            digits = "0" + digits.substring(2).replaceFirst("^0", "");
        }
        return digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11);
    }

    private static List<String> nameTerms(List<String> names) {
        List<String> terms = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            terms.add(name.strip());
            for (String part : name.strip().split("[\\s,]+")) {
                String bare = part.replaceAll("[.]", "");
                if (bare.length() >= 3 && !TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
                    terms.add(bare);
                }
            }
        }
        return terms;
    }

    private static void add(List<Finding> all, Kind kind, Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            all.add(new Finding(kind, m.start(group), m.end(group), m.group(group)));
        }
    }
}
