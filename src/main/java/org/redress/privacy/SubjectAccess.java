package org.redress.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.redress.casework.CaseAction;
import org.redress.casework.CaseEvent;
import org.redress.casework.CaseFile;
import org.redress.casework.CasePrivacy;
import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Payment;
import org.redress.casework.RemedyAction;
import org.redress.casework.Stage;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.CaseDataKeeper;
import org.redress.platform.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject-access requests: find the cases that name a person, and write everything held on the chosen ones as one
 * zip, straight to the response: a README, and for each case its record as JSON and as a page to read (contacts,
 * stages, outcomes, remedies, payments, timeline) with whatever each {@link CaseDataKeeper} holds (emails sent,
 * attachments). Each case included gets an event in its log saying who exported it.
 */
@Component
class SubjectAccess {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccess.class);
    static final int MAX_CASES = 500;

    private final CasePrivacy cases;
    private final Casework casework;
    private final CouncilStructure structure;
    private final List<CaseDataKeeper> keepers;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubjectAccess(CasePrivacy cases, Casework casework, CouncilStructure structure, List<CaseDataKeeper> keepers,
            ITemplateEngine templates, JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.casework = casework;
        this.structure = structure;
        this.keepers = keepers;
        this.templates = templates;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    List<CasePrivacy.PersonMatch> search(StaffUser user, String email, String name, String phone) {
        allowed(user);
        return cases.findPerson(user.authorityId(), email, name, phone);
    }

    /** The cases named by reference, each in the caller's council; refuses a choice of none or too many. */
    List<CaseFile> choose(StaffUser user, List<String> references) {
        allowed(user);
        List<String> chosen = references == null ? List.of()
                : references.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        if (chosen.isEmpty()) {
            throw new InvalidInput("cases", "Choose at least one case to include");
        }
        if (chosen.size() > MAX_CASES) {
            throw new InvalidInput("cases", "Choose " + MAX_CASES + " cases or fewer for one zip file");
        }
        // One case may be named in two spellings ("rdr-1" and "RDR-1"): it goes in the zip once, by its own reference.
        Map<String, CaseFile> files = new LinkedHashMap<>();
        for (String reference : chosen) {
            CaseFile file = casework.file(user, reference);
            files.putIfAbsent(file.feedbackCase().reference(), file);
        }
        return List.copyOf(files.values());
    }

    /** Records the export on each case, then writes the zip to {@code out}. */
    void export(StaffUser user, List<CaseFile> files, String person, OutputStream out) throws IOException {
        allowed(user);
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> files.forEach(f -> cases.record(user.authorityId(),
                f.feedbackCase().id(), user.staffId(), user.displayName(), CaseAction.SUBJECT_ACCESS_EXPORTED,
                "Included in a subject access export" + (blank(person) ? "" : " for " + person.strip()))));
        log.info("Subject access export by {} of {} case(s)", user.getUsername(), files.size());

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, "README.txt", readme(user, files, person, today).getBytes(StandardCharsets.UTF_8));
        for (CaseFile file : files) {
            FeedbackCase c = file.feedbackCase();
            String folder = c.reference() + "/";
            Map<String, Object> record = record(user, file);
            put(zip, folder + "case.json", json.writeValueAsBytes(record));
            Context context = new Context(java.util.Locale.UK);
            context.setVariable("file", file);
            context.setVariable("c", c);
            context.setVariable("record", record);
            put(zip, folder + "case.html", templates.process("privacy/export-case", context).getBytes(StandardCharsets.UTF_8));
            for (CaseDataKeeper keeper : keepers) {
                for (CaseDataKeeper.ExportedFile extra : keeper.export(user.authorityId(), c.id())) {
                    put(zip, folder + extra.name(), extra.content());
                }
            }
        }
        zip.finish();
        zip.flush();
    }

    private String readme(StaffUser user, List<CaseFile> files, String person, LocalDate today) {
        StringBuilder s = new StringBuilder();
        s.append("Subject access export\n=====================\n\n");
        if (!blank(person)) {
            s.append("About: ").append(person.strip()).append('\n');
        }
        s.append("Made on ").append(today).append(" by ").append(user.displayName()).append('\n');
        s.append("Cases included: ").append(files.size()).append("\n\n");
        s.append("Each case has a folder named by its reference, holding:\n")
                .append("  case.html  the case to read: contacts, what was said, stages and outcomes, remedies, payments, timeline\n")
                .append("  case.json  the same record, for computers\n")
                .append("  emails/    each email sent about the case, if any\n")
                .append("  and any attachments kept on the case.\n\n")
                .append("Before sending, take out what is about other people (third parties) unless they have agreed.\n\n");
        for (CaseFile f : files) {
            FeedbackCase c = f.feedbackCase();
            s.append(c.reference()).append("  ").append(c.type().label()).append(", received ").append(c.receivedOn())
                    .append(", ").append(c.status().label().toLowerCase()).append('\n');
        }
        return s.toString();
    }

    private Map<String, Object> record(StaffUser user, CaseFile file) {
        FeedbackCase c = file.feedbackCase();
        CouncilService service = structure.service(user.authorityId(), c.serviceId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("type", c.type().label());
        m.put("channel", c.channel().label());
        m.put("status", c.status().label());
        m.put("receivedOn", text(c.receivedOn()));
        m.put("closedOn", text(c.closedOn()));
        m.put("service", service.directorateName() + ": " + service.name());
        m.put("customer", contact(c.customer()));
        m.put("representative", contact(c.representative()));
        m.put("representativeRelationship", c.representativeRelationship());
        m.put("description", c.description());
        m.put("desiredOutcome", c.desiredOutcome());
        m.put("reasons", file.reasons());
        m.put("tags", file.tags());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage s : c.stages()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("number", s.number());
            st.put("started", text(s.receivedOn()));
            st.put("escalationReason", s.escalationReason());
            st.put("acknowledgedOn", text(s.acknowledgedOn()));
            st.put("responseDue", text(s.responseDue()));
            st.put("respondedOn", text(s.respondedOn()));
            st.put("outcome", s.outcome() == null ? null : s.outcome().label());
            st.put("response", s.responseSummary());
            st.put("extensionReason", s.extensionReason());
            st.put("delayReason", s.delayReason());
            stages.add(st);
        }
        m.put("stages", stages);
        List<Map<String, Object>> remedies = new ArrayList<>();
        for (RemedyAction r : file.remedies()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("action", r.kind().label());
            rm.put("detail", r.description());
            rm.put("dueOn", text(r.dueOn()));
            rm.put("completedOn", text(r.completedOn()));
            remedies.add(rm);
        }
        m.put("remedies", remedies);
        List<Map<String, Object>> payments = new ArrayList<>();
        for (Payment p : file.payments()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("kind", p.kind().label());
            pm.put("amount", p.amount().toPlainString());
            pm.put("paidOn", text(p.paidOn()));
            pm.put("note", p.note());
            payments.add(pm);
        }
        m.put("payments", payments);
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (CaseEvent e : file.timeline()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("at", e.occurredAt().toString());
            em.put("by", e.actor());
            em.put("what", e.action().label());
            em.put("summary", e.summary());
            em.put("words", e.words());
            timeline.add(em);
        }
        m.put("timeline", timeline);
        return m;
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("email", c.email());
        m.put("phone", c.phone());
        m.put("address", c.address());
        return m;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static void allowed(StaffUser user) {
        if (!LegalHolds.mayHold(user)) {
            throw new AccessDeniedException("Only administrators and the customer feedback team answer subject access requests");
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
