package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.casework.PaymentKind;
import org.redress.casework.PaymentSource;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.platform.Rows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's Ombudsman cases: record and correct them, add recommendations, mark them done and record the
 * Ombudsman's compliance outcome. Administrators and the feedback team change them; report viewers read them.
 * Every change bumps the case's version (a stale one is refused) and appends an event.
 */
@Component
class OmbudsmanCases {

    /** The Ombudsman's references are two digits of year then six digits: "19 020 166". */
    private static final Pattern REFERENCE = Pattern.compile("^(\\d{2})\\s*(\\d{3})\\s*(\\d{3})$");
    static final int MAX_SUMMARY = 10_000;

    private final JdbcClient db;
    private final Casework casework;
    private final CouncilStructure structure;
    private final Clock clock;

    OmbudsmanCases(JdbcClient db, Casework casework, CouncilStructure structure, Clock clock) {
        this.db = db;
        this.casework = casework;
        this.structure = structure;
        this.clock = clock;
    }

    record Filter(Integer year, OmbudsmanCategory category, String decision, Long directorateId) {
    }

    // ---- who may do what ------------------------------------------------------------------------------------------

    static boolean canRead(StaffUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.FEEDBACK_TEAM) || user.has(Role.REPORT_VIEWER);
    }

    static boolean canChange(StaffUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.FEEDBACK_TEAM);
    }

    static void requireRead(StaffUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Ombudsman cases are for administrators, the feedback team and report viewers");
        }
    }

    static void requireChange(StaffUser user) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Only administrators and the feedback team change Ombudsman cases");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    OmbudsmanCase get(StaffUser user, long id) {
        requireRead(user);
        List<Object> params = new ArrayList<>(List.of(id, user.authorityId()));
        String sql = "select * from ombudsman_case where id = ? and authority_id = ?" + inScope(user, params);
        return db.sql(sql).params(params)
                .query(OmbudsmanCases::map).optional().orElseThrow(() -> new NotFound("Ombudsman case " + id));
    }

    /**
     * The condition that keeps a scoped reader (a report viewer for one directorate or service) to the Ombudsman
     * cases about that part of the council; the feedback team and administrators read them all.
     */
    private static String inScope(StaffUser user, List<Object> params) {
        Scope scope = user.caseScope();
        return switch (scope.kind()) {
            case WHOLE_COUNCIL -> "";
            case DIRECTORATE -> {
                params.add(scope.directorateId());
                yield " and directorate_id = ?";
            }
            case SERVICE -> {
                params.add(scope.serviceId());
                yield " and service_id = ?";
            }
        };
    }

    List<OmbudsmanCase> list(StaffUser user, Filter filter) {
        requireRead(user);
        List<Object> params = new ArrayList<>(List.of(user.authorityId()));
        StringBuilder sql = new StringBuilder("select * from ombudsman_case where authority_id = ?" + inScope(user, params));
        if (filter.year() != null) {
            sql.append(" and received_on between ? and ?");
            params.add(new FinancialYear(filter.year()).start());
            params.add(new FinancialYear(filter.year()).end());
        }
        if (filter.category() != null) {
            sql.append(" and category = ?");
            params.add(filter.category().key());
        }
        if ("open".equals(filter.decision())) {
            sql.append(" and decision is null");
        } else if (filter.decision() != null) {
            sql.append(" and decision = ?");
            params.add(filter.decision());
        }
        if (filter.directorateId() != null) {
            sql.append(" and directorate_id = ?");
            params.add(filter.directorateId());
        }
        sql.append(" order by received_on desc, id desc");
        return db.sql(sql.toString()).params(params).query(OmbudsmanCases::map).list();
    }

    List<Recommendation> recommendations(StaffUser user, long caseId) {
        get(user, caseId);
        return db.sql("select * from ombudsman_recommendation where ombudsman_case_id = ? order by due_on, id")
                .param(caseId).query(OmbudsmanCases::mapRecommendation).list();
    }

    List<OmbudsmanEvent> timeline(StaffUser user, long caseId) {
        get(user, caseId);
        return db.sql("select * from ombudsman_event where ombudsman_case_id = ? order by occurred_at desc, id desc")
                .param(caseId)
                .query((rs, n) -> new OmbudsmanEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("staff_id", Long.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("summary")))
                .list();
    }

    // ---- changing ---------------------------------------------------------------------------------------------------

    @Transactional
    OmbudsmanCase record(StaffUser user, CaseDetails details) {
        requireChange(user);
        Checked c = check(user, details, null);
        try {
            long id = Rows.insert(db.sql("""
                    insert into ombudsman_case (authority_id, ombudsman_reference, case_reference, category,
                        directorate_id, service_id, received_on, decided_on, decision, council_view,
                        remedied_by_authority, public_report, decision_summary)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(user.authorityId(), c.reference, c.caseReference, details.category().key(),
                            c.directorateId, c.serviceId, details.receivedOn(), details.decidedOn(),
                            key(details.decision()), key(details.councilView()), details.remediedByAuthority(),
                            details.publicReport(), trim(details.decisionSummary())));
            event(user, id, "recorded", "Recorded Ombudsman case " + c.reference
                    + (details.decision() == null ? "" : ", decision: " + details.decision().label()));
            return get(user, id);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("ombudsmanReference", "Ombudsman case " + c.reference + " is already recorded");
        }
    }

    @Transactional
    OmbudsmanCase update(StaffUser user, long id, int version, CaseDetails details) {
        requireChange(user);
        OmbudsmanCase before = get(user, id);
        Checked c = check(user, details, before);
        try {
            int rows = db.sql("""
                    update ombudsman_case set ombudsman_reference = ?, case_reference = ?, category = ?,
                        directorate_id = ?, service_id = ?, received_on = ?, decided_on = ?, decision = ?,
                        council_view = ?, remedied_by_authority = ?, public_report = ?, decision_summary = ?,
                        updated_at = current_timestamp, version = version + 1
                    where id = ? and authority_id = ? and version = ?""")
                    .params(c.reference, c.caseReference, details.category().key(), c.directorateId, c.serviceId,
                            details.receivedOn(), details.decidedOn(), key(details.decision()),
                            key(details.councilView()), details.remediedByAuthority(), details.publicReport(),
                            trim(details.decisionSummary()), id, user.authorityId(), version)
                    .update();
            if (rows == 0) {
                throw new EditConflict("Ombudsman case " + before.ombudsmanReference());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("ombudsmanReference", "Ombudsman case " + c.reference + " is already recorded");
        }
        OmbudsmanCase after = get(user, id);
        event(user, id, "updated", changes(before, after));
        return after;
    }

    @Transactional
    Recommendation addRecommendation(StaffUser user, long caseId, int version, RecommendationType type,
            String description, BigDecimal amount, LocalDate dueOn) {
        requireChange(user);
        OmbudsmanCase c = get(user, caseId);
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "Select what the Ombudsman recommended"));
        }
        if (type == RecommendationType.PAYMENT) {
            if (amount == null) {
                problems.add(new FieldProblem("amount", "Enter the amount to pay, in pounds and pence, like 150.00"));
            } else if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
                problems.add(new FieldProblem("amount", "Enter an amount more than £0, in pounds and pence, like 150.00"));
            }
        } else if (amount != null && type != null) {
            problems.add(new FieldProblem("amount", "Only a payment has an amount"));
        }
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", "Enter the date it is due"));
        }
        text(problems, "description", description, 2000);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (c.decision() == null || !c.decision().detailedInvestigation()) {
            throw new Refused("Recommendations follow a detailed investigation: record the Ombudsman's decision first.");
        }
        touch(user, c, version);
        long id = Rows.insert(db.sql("""
                insert into ombudsman_recommendation (authority_id, ombudsman_case_id, recommendation_type, description,
                    amount, due_on) values (?, ?, ?, ?, ?, ?)""")
                .params(user.authorityId(), caseId, type.key(), trim(description), amount, dueOn));
        event(user, caseId, "recommendation_added", type.label()
                + (amount == null ? "" : " of £" + amount.toPlainString()) + " recommended, due " + dueOn);
        return recommendation(caseId, id);
    }

    /**
     * Marks a recommendation done. A payment is also recorded on the linked council case, with the Ombudsman as its
     * source, so the payment ledger has every pound; without a linked case it is refused.
     */
    @Transactional
    Recommendation markDone(StaffUser user, long caseId, long recommendationId, int version, LocalDate doneOn,
            String evidence) {
        requireChange(user);
        OmbudsmanCase c = get(user, caseId);
        Recommendation r = recommendation(caseId, recommendationId);
        List<FieldProblem> problems = new ArrayList<>();
        if (doneOn == null) {
            problems.add(new FieldProblem("date", "Enter the date it was done"));
        } else if (doneOn.isAfter(today())) {
            problems.add(new FieldProblem("date", "The date it was done must be today or in the past"));
        }
        text(problems, "evidence", evidence, 5000);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (r.done()) {
            throw new Refused("That recommendation was already marked done on " + r.doneOn() + ".");
        }
        if (r.type() == RecommendationType.PAYMENT) {
            if (c.caseReference() == null) {
                throw new Refused("Link this Ombudsman case to the council's own case before recording the payment, "
                        + "so it is counted in that case's payments.");
            }
            casework.recordPayment(user, c.caseReference(), null, PaymentKind.COMPENSATION, r.amount(), doneOn,
                    PaymentSource.OMBUDSMAN, c.directorateId(), "Ombudsman case " + c.ombudsmanReference());
        }
        touch(user, c, version);
        db.sql("update ombudsman_recommendation set done_on = ?, evidence = ?, version = version + 1 where id = ?")
                .params(doneOn, trim(evidence), recommendationId).update();
        event(user, caseId, "recommendation_done", r.type().label() + " done on " + doneOn
                + (r.type() == RecommendationType.PAYMENT ? "; £" + r.amount().toPlainString()
                        + " recorded as a payment on case " + c.caseReference() : ""));
        return recommendation(caseId, recommendationId);
    }

    @Transactional
    Recommendation recordCompliance(StaffUser user, long caseId, long recommendationId, int version,
            Compliance compliance, LocalDate recordedOn) {
        requireChange(user);
        OmbudsmanCase c = get(user, caseId);
        Recommendation r = recommendation(caseId, recommendationId);
        List<FieldProblem> problems = new ArrayList<>();
        if (compliance == null) {
            problems.add(new FieldProblem("compliance", "Select the Ombudsman's compliance outcome"));
        }
        if (recordedOn == null) {
            problems.add(new FieldProblem("date", "Enter the date the Ombudsman recorded it"));
        } else if (recordedOn.isAfter(today())) {
            problems.add(new FieldProblem("date", "The date must be today or in the past"));
        } else if (c.decidedOn() != null && recordedOn.isBefore(c.decidedOn())) {
            problems.add(new FieldProblem("date", "The date must be on or after the decision, " + c.decidedOn()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        touch(user, c, version);
        db.sql("""
                update ombudsman_recommendation set compliance = ?, compliance_recorded_on = ?, version = version + 1
                where id = ?""").params(compliance.key(), recordedOn, recommendationId).update();
        event(user, caseId, "compliance_recorded", r.type().label() + ": " + compliance.label().toLowerCase()
                + " (recorded " + recordedOn + ")");
        return recommendation(caseId, recommendationId);
    }

    /**
     * The problems recording these details would meet, without saving anything: lets a page show them beside
     * the problems of what it could not read at all.
     */
    List<FieldProblem> problems(StaffUser user, CaseDetails details, Long caseId) {
        try {
            check(user, details, caseId == null ? null : get(user, caseId));
            return List.of();
        } catch (InvalidInput e) {
            return e.problems();
        }
    }

    // ---- machinery --------------------------------------------------------------------------------------------------

    private record Checked(String reference, String caseReference, long directorateId, Long serviceId) {
    }

    private Checked check(StaffUser user, CaseDetails d, OmbudsmanCase before) {
        List<FieldProblem> problems = new ArrayList<>();
        String reference = null;
        if (d.ombudsmanReference() == null || d.ombudsmanReference().isBlank()) {
            problems.add(new FieldProblem("ombudsmanReference", "Enter the Ombudsman's reference, like 19 020 166"));
        } else {
            Matcher m = REFERENCE.matcher(d.ombudsmanReference().strip());
            if (m.matches()) {
                reference = m.group(1) + " " + m.group(2) + " " + m.group(3);
            } else {
                problems.add(new FieldProblem("ombudsmanReference",
                        "Enter the Ombudsman's reference as 8 digits, like 19 020 166"));
            }
        }
        String caseReference = null;
        Long directorateId = d.directorateId();
        Long serviceId = d.serviceId();
        FeedbackCase linked = null;
        if (d.caseReference() != null && !d.caseReference().isBlank()) {
            try {
                // Casework decides what this person may see: a case outside their scope does not exist for them.
                linked = casework.get(user, d.caseReference().strip());
                caseReference = linked.reference();
                if (directorateId == null) {
                    directorateId = linked.directorateId();
                    serviceId = serviceId == null ? linked.serviceId() : serviceId;
                }
            } catch (NotFound e) {
                problems.add(new FieldProblem("caseReference", "There is no case " + d.caseReference().strip()
                        + " in this council"));
            }
        }
        if (d.category() == null) {
            problems.add(new FieldProblem("category", "Select the Ombudsman's category"));
        }
        if (directorateId == null) {
            problems.add(new FieldProblem("directorateId", "Select the directorate answering to the Ombudsman"));
        } else {
            long dir = directorateId;
            if (structure.directorates(user.authorityId()).stream().noneMatch(x -> x.id() == dir)) {
                problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
            } else if (serviceId != null) {
                Optional<CouncilService> service = structure.findService(user.authorityId(), serviceId);
                if (service.isEmpty() || service.get().directorateId() != dir) {
                    problems.add(new FieldProblem("serviceId", "Select a service of the directorate chosen, or none"));
                }
            }
        }
        LocalDate today = today();
        if (d.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the council heard from the Ombudsman"));
        } else if (d.receivedOn().isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "The date received must be today or in the past"));
        }
        if (d.decision() == null && d.decidedOn() != null) {
            problems.add(new FieldProblem("decision", "Select the decision, or leave the decision date empty"));
        }
        if (d.decision() != null) {
            if (d.decidedOn() == null) {
                problems.add(new FieldProblem("decidedOn", "Enter the date of the decision"));
            } else if (d.decidedOn().isAfter(today)) {
                problems.add(new FieldProblem("decidedOn", "The date of the decision must be today or in the past"));
            } else if (d.receivedOn() != null && d.decidedOn().isBefore(d.receivedOn())) {
                problems.add(new FieldProblem("decidedOn", "The date of the decision must be on or after the date received"));
            }
            if (d.decision().detailedInvestigation() && d.councilView() != null) {
                problems.add(new FieldProblem("councilView",
                        "Leave the council's classification empty for an upheld or not upheld decision"));
            }
            if (!d.decision().detailedInvestigation() && d.councilView() == null) {
                problems.add(new FieldProblem("councilView",
                        "Select how the council classes this decision: closed (which way) or premature"));
            }
        } else if (d.councilView() != null) {
            problems.add(new FieldProblem("councilView", "Classify the case once the Ombudsman has decided it"));
        }
        if (d.remediedByAuthority() && d.decision() != OmbudsmanDecision.UPHELD) {
            problems.add(new FieldProblem("remediedByAuthority",
                    "Only an upheld complaint can have been remedied by the council before the Ombudsman"));
        }
        if (d.publicReport() && d.decision() == null) {
            problems.add(new FieldProblem("publicReport", "A public report comes with the decision: record the decision too"));
        }
        text(problems, "decisionSummary", d.decisionSummary(), MAX_SUMMARY);
        List<PeopleAsLetters.Finding> named = PeopleAsLetters.find(d.decisionSummary(), people(linked));
        if (!named.isEmpty()) {
            problems.add(new FieldProblem("decisionSummary", "Name people by a letter, as the Ombudsman does, not by name "
                    + "or initials: " + PeopleAsLetters.describe(named) + ". Choose \u201cReplace names with letters\u201d to do "
                    + "it for the people on the council's case, then check the result"));
        }
        if (before != null && (d.decision() == null || !d.decision().detailedInvestigation())) {
            Long recommendations = db.sql("select count(*) from ombudsman_recommendation where ombudsman_case_id = ?")
                    .param(before.id()).query(Long.class).single();
            if (recommendations > 0) {
                problems.add(new FieldProblem("decision",
                        "This case has recommendations, so its decision must be upheld or not upheld"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(reference, caseReference, directorateId, serviceId);
    }

    /**
     * The summary with the people on the linked case named by letters, for the officer to check before saving; as it
     * was when there is no linked case this person may see.
     */
    String withPeopleAsLetters(StaffUser user, String caseReference, String summary) {
        FeedbackCase linked = null;
        if (caseReference != null && !caseReference.isBlank()) {
            try {
                linked = casework.get(user, caseReference.strip());
            } catch (NotFound e) {
                // the form will say the case is not found when saved
            }
        }
        return PeopleAsLetters.rewrite(summary, people(linked));
    }

    /** The people named on a council case: its customer and whoever acts for them. */
    private static List<String> people(FeedbackCase linked) {
        List<String> people = new ArrayList<>();
        if (linked != null) {
            if (linked.customer() != null && linked.customer().name() != null) {
                people.add(linked.customer().name());
            }
            if (linked.representative() != null && linked.representative().name() != null) {
                people.add(linked.representative().name());
            }
        }
        return people;
    }

    private void touch(StaffUser user, OmbudsmanCase c, int version) {
        int rows = db.sql("""
                update ombudsman_case set version = version + 1, updated_at = current_timestamp
                where id = ? and authority_id = ? and version = ?""")
                .params(c.id(), user.authorityId(), version).update();
        if (rows == 0) {
            throw new EditConflict("Ombudsman case " + c.ombudsmanReference());
        }
    }

    private Recommendation recommendation(long caseId, long id) {
        return db.sql("select * from ombudsman_recommendation where id = ? and ombudsman_case_id = ?")
                .params(id, caseId).query(OmbudsmanCases::mapRecommendation).optional()
                .orElseThrow(() -> new NotFound("Recommendation " + id));
    }

    private void event(StaffUser user, long caseId, String action, String summary) {
        db.sql("""
                insert into ombudsman_event (authority_id, ombudsman_case_id, occurred_at, staff_id, actor, action, summary)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.authorityId(), caseId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        user.staffId(), user.displayName(), action,
                        summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary)
                .update();
    }

    private static String changes(OmbudsmanCase a, OmbudsmanCase b) {
        List<String> changed = new ArrayList<>();
        compare(changed, "reference", a.ombudsmanReference(), b.ombudsmanReference());
        compare(changed, "council case", a.caseReference(), b.caseReference());
        compare(changed, "category", a.category().label(), b.category().label());
        compare(changed, "directorate", a.directorateId(), b.directorateId());
        compare(changed, "service", a.serviceId(), b.serviceId());
        compare(changed, "received", a.receivedOn(), b.receivedOn());
        compare(changed, "decided", a.decidedOn(), b.decidedOn());
        compare(changed, "decision", a.decision() == null ? null : a.decision().label(),
                b.decision() == null ? null : b.decision().label());
        compare(changed, "council's classification", a.councilView() == null ? null : a.councilView().label(),
                b.councilView() == null ? null : b.councilView().label());
        compare(changed, "remedied by the council", a.remediedByAuthority(), b.remediedByAuthority());
        compare(changed, "public report", a.publicReport(), b.publicReport());
        if (!java.util.Objects.equals(a.decisionSummary(), b.decisionSummary())) {
            changed.add("decision summary changed");
        }
        return changed.isEmpty() ? "Saved with no changes" : "Changed " + String.join("; ", changed);
    }

    private static void compare(List<String> changed, String what, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(what + ": " + (before == null ? "none" : before) + " to " + (after == null ? "none" : after));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String key(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase();
    }

    static OmbudsmanCase map(ResultSet rs, int row) throws SQLException {
        return new OmbudsmanCase(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("ombudsman_reference"),
                rs.getString("case_reference"), OmbudsmanCategory.fromKey(rs.getString("category")),
                rs.getLong("directorate_id"), rs.getObject("service_id", Long.class),
                rs.getObject("received_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                Keys.parse(OmbudsmanDecision.class, rs.getString("decision")),
                Keys.parse(CouncilView.class, rs.getString("council_view")), rs.getBoolean("remedied_by_authority"),
                rs.getBoolean("public_report"), rs.getString("decision_summary"), rs.getInt("version"));
    }

    static Recommendation mapRecommendation(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("ombudsman_case_id"),
                Keys.parse(RecommendationType.class, rs.getString("recommendation_type")), rs.getString("description"),
                rs.getBigDecimal("amount"), rs.getObject("due_on", LocalDate.class), rs.getString("evidence"),
                rs.getObject("done_on", LocalDate.class), Keys.parse(Compliance.class, rs.getString("compliance")),
                rs.getObject("compliance_recorded_on", LocalDate.class));
    }
}
