package org.redress.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each council's wording of its emails: its own where it has saved one, else the built-in default. */
@Component
class EmailTemplates {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]*)\\)\\)");

    /** The wording in force, and whether it is the council's own. */
    record Wording(EmailTemplate template, String subject, String body, boolean custom, int version) {
    }

    /** An email ready to queue. */
    record Rendered(String subject, String body) {
    }

    private final JdbcClient db;

    EmailTemplates(JdbcClient db) {
        this.db = db;
    }

    Wording wording(long authorityId, EmailTemplate template) {
        Optional<Wording> own = db.sql("""
                select subject, body, version from notification_template where authority_id = ? and template_key = ?""")
                .params(authorityId, template.key())
                .query((rs, n) -> new Wording(template, rs.getString("subject"), rs.getString("body"), true,
                        rs.getInt("version")))
                .optional();
        return own.orElseGet(() -> new Wording(template, template.defaultSubject(), template.defaultBody(), false, -1));
    }

    List<Wording> all(long authorityId) {
        List<Wording> list = new ArrayList<>();
        for (EmailTemplate t : EmailTemplate.values()) {
            list.add(wording(authorityId, t));
        }
        return list;
    }

    /** Saves the council's wording; refused with a problem per field if it is empty, too long or names an unknown placeholder. */
    @Transactional
    void save(long authorityId, EmailTemplate template, int version, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "subject", subject, MAX_SUBJECT, "Enter the subject line", template);
        check(problems, "body", body, MAX_BODY, "Enter the text of the email", template);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String s = subject.strip();
        String b = body.strip().replace("\r\n", "\n") + "\n";
        if (version < 0) {
            int exists = db.sql("select count(*) from notification_template where authority_id = ? and template_key = ?")
                    .params(authorityId, template.key()).query(Integer.class).single();
            if (exists > 0) {
                throw new EditConflict("The " + template.title().toLowerCase() + " email");
            }
            db.sql("insert into notification_template (authority_id, template_key, subject, body) values (?, ?, ?, ?)")
                    .params(authorityId, template.key(), s, b).update();
        } else {
            int rows = db.sql("""
                    update notification_template set subject = ?, body = ?, updated_at = current_timestamp,
                                                     version = version + 1
                    where authority_id = ? and template_key = ? and version = ?""")
                    .params(s, b, authorityId, template.key(), version).update();
            if (rows == 0) {
                throw new EditConflict("The " + template.title().toLowerCase() + " email");
            }
        }
    }

    /** Goes back to the built-in wording. */
    @Transactional
    void reset(long authorityId, EmailTemplate template) {
        db.sql("delete from notification_template where authority_id = ? and template_key = ?")
                .params(authorityId, template.key()).update();
    }

    Rendered render(long authorityId, EmailTemplate template, Map<String, String> values) {
        Wording w = wording(authorityId, template);
        return new Rendered(fill(w.subject(), values).replaceAll("\\s+", " ").strip(), fill(w.body(), values));
    }

    /** Replaces each ((name)) by its value; a placeholder with no value is left empty, never shown raw. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip().toLowerCase());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1).strip().toLowerCase());
        }
        return names;
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max, String required,
            EmailTemplate template) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, required));
            return;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, (field.equals("subject") ? "The subject" : "The text")
                    + " must be " + String.format("%,d", max) + " characters or fewer"));
        }
        for (String name : placeholders(value)) {
            if (!template.placeholders().contains(name)) {
                problems.add(new FieldProblem(field, "((" + name + ")) is not something this email can fill in; use "
                        + String.join(", ", template.placeholders().stream().map(p -> "((" + p + "))").toList())));
            }
        }
    }
}
