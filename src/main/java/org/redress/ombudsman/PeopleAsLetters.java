package org.redress.ombudsman;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ombudsman's way of naming people in a published decision: by a letter ("Mrs B", "child C"), never by name and
 * never by initials, which identify. Finds where a summary names the people on the linked case or uses initials, and
 * rewrites it with a letter for each person, for the officer to check before saving.
 */
final class PeopleAsLetters {

    private static final String TITLES = "Mr|Mrs|Ms|Miss|Mx|Dr";
    /** A title and two or three initials: "Mr J S", "Mrs J.S.", "Ms JS". A single letter ("Mr C") is the Ombudsman's style. */
    private static final Pattern TITLED_INITIALS = Pattern.compile(
            "\\b(?:" + TITLES + ")\\.?\\s+(?:[A-Z](?![a-z])\\.?\\s?){2,3}(?![A-Za-z])");
    /** The letters used, in order: the Ombudsman's favourites first. */
    private static final String LETTERS = "XYZBCDFGHJKLMNPQRSTVW";

    /** Something in the text that names a person, and why it does. */
    record Finding(String text, String why) {
    }

    private PeopleAsLetters() {
    }

    /** Every place the text names one of the people (full name, title and surname, their initials) or uses initials. */
    static List<Finding> find(String text, List<String> people) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String person : names(people, true)) {
            Matcher m = personPattern(person).matcher(text);
            while (m.find()) {
                if (seen.add(m.group())) {
                    found.add(new Finding(m.group(), "names " + person));
                }
            }
        }
        Matcher initials = TITLED_INITIALS.matcher(text);
        while (initials.find()) {
            String match = initials.group().strip();
            if (seen.add(match)) {
                found.add(new Finding(match, "uses initials"));
            }
        }
        return found;
    }

    /**
     * The text with each person named by a letter: "Mrs Jane Smith" and "Mrs Smith" become "Mrs X", "Jane Smith"
     * becomes "X", their initials become the letter too. Letters follow the order people are given, skipping any
     * that is one of the person's own initials.
     */
    static String rewrite(String text, List<String> people) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String out = text;
        // Letters in the order people are given (the customer first); replacements longest name first.
        Map<String, Character> letters = new HashMap<>();
        Set<Character> used = new LinkedHashSet<>();
        for (String person : names(people, false)) {
            char letter = letterFor(person, used);
            used.add(letter);
            letters.put(person, letter);
        }
        for (String person : names(people, true)) {
            char letter = letters.get(person);
            Matcher m = personPattern(person).matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String title = m.group("t1") != null ? m.group("t1") : m.group("t2") != null ? m.group("t2") : m.group("t3");
                m.appendReplacement(sb, Matcher.quoteReplacement(title == null ? String.valueOf(letter) : title + " " + letter));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** Full names worth looking for: two or more words, as recorded on the case. */
    private static List<String> names(List<String> people, boolean longestFirst) {
        List<String> names = new ArrayList<>();
        for (String p : people) {
            if (p == null) {
                continue;
            }
            String name = p.strip().replaceAll("\\s+", " ").replaceFirst("(?i)^(?:" + TITLES + ")\\.?\\s+", "");
            if (name.length() >= 3 && !names.contains(name)) {
                names.add(name);
            }
        }
        if (longestFirst) {
            // so that "Jane Smith-Jones" is replaced before a "Jane Smith" could match inside it
            names.sort((a, b) -> b.length() - a.length());
        }
        return names;
    }

    /**
     * A person's full name (optionally titled), their title and surname, or their initials ("JS", "J.S.", "J S")
     * standing alone with or without a title. A bare surname or forename is left alone: too often an ordinary word.
     */
    private static Pattern personPattern(String name) {
        String[] parts = name.split(" ");
        String surname = parts[parts.length - 1];
        List<String> letters = new ArrayList<>();
        for (String part : parts) {
            letters.add(String.valueOf(Character.toUpperCase(part.charAt(0))));
        }
        String full = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
        String alternatives = title("t1") + "?" + full
                + "|" + title("t2") + Pattern.quote(surname)
                + (parts.length > 1 ? "|" + title("t3") + "?(?-i:" + String.join("\\.?\\s?", letters) + "\\.?)" : "");
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String title(String group) {
        return "(?:(?<" + group + ">" + TITLES + ")\\.?\\s+)";
    }

    private static char letterFor(String name, Set<Character> used) {
        Set<Character> own = new LinkedHashSet<>();
        for (String part : name.split(" ")) {
            own.add(Character.toUpperCase(part.charAt(0)));
        }
        for (char c : LETTERS.toCharArray()) {
            if (!used.contains(c) && !own.contains(c)) {
                return c;
            }
        }
        return 'X';
    }

    static String describe(List<Finding> found) {
        List<String> parts = new ArrayList<>();
        for (Finding f : found) {
            parts.add("\u201c" + f.text() + "\u201d " + f.why());
        }
        return String.join("; ", parts);
    }
}
