package org.redress.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.calendar.Calendars;
import org.redress.organisation.CouncilStructure;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which procedure applies where, and every due date. Policies are the council's own rows (seeded from
 * {@link DefaultPolicies} when it is created); due dates count on its calendar less its suspension windows.
 */
@Component
public class Procedures {

    /** Lockdowns lasted months; a longer window is a typing mistake every later due date would be counted across. */
    static final int MOST_YEARS_SUSPENDED = 2;

    private final JdbcClient db;
    private final Calendars calendars;
    private final CouncilStructure structure;
    private final ApplicationEventPublisher events;

    /** {@code REDRESS_AUTHORITY_PROCEDURE}: the default procedure of each council created from now on. */
    private final String newCouncilDefault;

    Procedures(JdbcClient db, Calendars calendars, CouncilStructure structure, ApplicationEventPublisher events,
            @Value("${redress.authority.procedure:" + DefaultPolicies.DEFAULT_CODE + "}") String newCouncilDefault) {
        this.db = db;
        this.calendars = calendars;
        this.structure = structure;
        this.events = events;
        this.newCouncilDefault = DefaultPolicies.newCouncilDefault(newCouncilDefault);
    }

    // ---- policies and which applies where

    /** The council's procedures in the order they were added (the defaults first). */
    public List<ProcedurePolicy> policies(long authorityId) {
        // Policies and their stages in one read: a row per stage, or one with no stage for a policy with none.
        Map<Long, ProcedurePolicy> policies = new LinkedHashMap<>();
        Map<Long, List<StageRule>> stages = new LinkedHashMap<>();
        db.sql("""
                select p.id as policy_id, p.code, p.name as policy_name, p.kind, p.after_last_stage, s.stage_number,
                       s.name, s.acknowledge_days, s.respond_days, s.clock_start, s.max_extension_days,
                       s.max_agreed_months, s.different_handler
                from procedure_policy p left join procedure_stage s on s.policy_id = p.id
                where p.authority_id = ? order by p.id, s.stage_number""")
                .param(authorityId)
                .query(rs -> {
                    long id = rs.getLong("policy_id");
                    if (!policies.containsKey(id)) {
                        policies.put(id, new ProcedurePolicy(rs.getString("code"), rs.getString("policy_name"),
                                ProcedureKind.valueOf(rs.getString("kind").toUpperCase()), List.of(),
                                rs.getString("after_last_stage")));
                        stages.put(id, new ArrayList<>());
                    }
                    if (rs.getObject("stage_number") != null) {
                        stages.get(id).add(mapStage(rs));
                    }
                });
        return policies.entrySet().stream().map(e -> {
            ProcedurePolicy p = e.getValue();
            return new ProcedurePolicy(p.code(), p.name(), p.kind(), List.copyOf(stages.get(e.getKey())),
                    p.afterLastStage());
        }).toList();
    }

    public ProcedurePolicy policy(long authorityId, String code) {
        return policies(authorityId).stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("Procedure " + code));
    }

    /** The service's own procedure if it has one, else the council's default. */
    public String procedureFor(long authorityId, long serviceId) {
        // One statement, as each case logged asks.
        return db.sql("""
                select coalesce(
                    (select p.code from service_procedure s join procedure_policy p on p.id = s.policy_id
                     where s.authority_id = ? and s.service_id = ?),
                    (select p.code from procedure_default d join procedure_policy p on p.id = d.policy_id
                     where d.authority_id = ?))""")
                .params(authorityId, serviceId, authorityId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("Default procedure of council " + authorityId));
    }

    public String defaultProcedure(long authorityId) {
        return db.sql("""
                select p.code from procedure_default d join procedure_policy p on p.id = d.policy_id
                where d.authority_id = ?""")
                .param(authorityId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("Default procedure of council " + authorityId));
    }

    /** Services that have their own procedure, by service id; the others use the default. */
    public Map<Long, String> serviceProcedures(long authorityId) {
        Map<Long, String> chosen = new LinkedHashMap<>();
        db.sql("""
                select s.service_id, p.code from service_procedure s join procedure_policy p on p.id = s.policy_id
                where s.authority_id = ?""")
                .param(authorityId)
                .query(rs -> {
                    chosen.put(rs.getLong("service_id"), rs.getString("code"));
                });
        return chosen;
    }

    @Transactional
    public void setDefault(long authorityId, String code) {
        long policyId = policyId(authorityId, code);
        db.sql("delete from procedure_default where authority_id = ?").param(authorityId).update();
        db.sql("insert into procedure_default (authority_id, policy_id) values (?, ?)")
                .params(authorityId, policyId).update();
    }

    /** Gives a service its own procedure, or with a null code puts it back on the council's default. */
    @Transactional
    public void setServiceProcedure(long authorityId, long serviceId, String codeOrNull) {
        structure.service(authorityId, serviceId);
        db.sql("delete from service_procedure where authority_id = ? and service_id = ?")
                .params(authorityId, serviceId).update();
        if (codeOrNull != null && !codeOrNull.isBlank()) {
            db.sql("insert into service_procedure (service_id, authority_id, policy_id) values (?, ?, ?)")
                    .params(serviceId, authorityId, policyId(authorityId, codeOrNull)).update();
        }
    }

    /** Changes a stage's day counts. The stage keeps its way of setting the response date (days or agreed). */
    @Transactional
    public void updateStageRule(long authorityId, String code, int stageNumber, StageDays days) {
        StageRule rule = policy(authorityId, code).stage(stageNumber)
                .orElseThrow(() -> new NotFound("Stage " + stageNumber + " of procedure " + code));
        List<FieldProblem> problems = check(rule, days);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        db.sql("""
                update procedure_stage set acknowledge_days = ?, respond_days = ?, max_extension_days = ?,
                                           max_agreed_months = ?
                where authority_id = ? and policy_id = ? and stage_number = ?""")
                .params(days.acknowledgeWithinWorkingDays(), days.respondWithinWorkingDays(),
                        days.maxExtensionWorkingDays(), days.maxAgreedMonths(), authorityId,
                        policyId(authorityId, code), stageNumber)
                .update();
    }

    /** What is wrong with new day counts for a stage; empty when they may be saved. */
    static List<FieldProblem> check(StageRule rule, StageDays days) {
        List<FieldProblem> problems = new ArrayList<>();
        if (days.acknowledgeWithinWorkingDays() != null) {
            range(problems, "acknowledgeWithinWorkingDays", days.acknowledgeWithinWorkingDays(), 1, 60,
                    "Acknowledgement must be due within 1 to 60 working days, or leave it blank for none");
        }
        boolean agreed = rule.respondWithinWorkingDays() == null;
        if (agreed) {
            if (days.respondWithinWorkingDays() != null) {
                problems.add(new FieldProblem("respondWithinWorkingDays",
                        "The response date at this stage is agreed with the complainant; set the months instead"));
            }
            if (days.maxAgreedMonths() == null) {
                problems.add(new FieldProblem("maxAgreedMonths", "Enter the most months an agreed date may be"));
            } else {
                range(problems, "maxAgreedMonths", days.maxAgreedMonths(), 1, 24,
                        "The agreed date limit must be between 1 and 24 months");
            }
        } else {
            if (days.respondWithinWorkingDays() == null) {
                problems.add(new FieldProblem("respondWithinWorkingDays", "Enter the working days to respond within"));
            } else {
                range(problems, "respondWithinWorkingDays", days.respondWithinWorkingDays(), 1, 260,
                        "The response must be due within 1 to 260 working days");
            }
            if (days.maxAgreedMonths() != null) {
                problems.add(new FieldProblem("maxAgreedMonths",
                        "This stage has a response period in working days, not an agreed date"));
            }
        }
        range(problems, "maxExtensionWorkingDays", days.maxExtensionWorkingDays(), 0, 260,
                "Extensions must total 0 to 260 working days");
        return problems;
    }

    // ---- suspensions

    public List<Suspension> suspensions(long authorityId) {
        return db.sql("select * from procedure_suspension where authority_id = ? order by first_day, id")
                .param(authorityId)
                .query((rs, n) -> new Suspension(rs.getLong("id"), rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class), rs.getString("description")))
                .list();
    }

    /** Stops the clock from {@code from} to {@code to} inclusive; open cases it overlaps are moved by casework. */
    @Transactional
    public Suspension addSuspension(long authorityId, LocalDate from, LocalDate to, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("firstDay", "Enter the first day of the suspension"));
        }
        if (to == null) {
            problems.add(new FieldProblem("lastDay", "Enter the last day of the suspension"));
        } else if (from != null && to.isBefore(from)) {
            problems.add(new FieldProblem("lastDay", "The last day must be the same as or after the first day"));
        } else if (from != null && to.isAfter(from.plusYears(MOST_YEARS_SUSPENDED))) {
            // Every due date after it is counted across it, day by day.
            problems.add(new FieldProblem("lastDay",
                    "A suspension can last at most " + MOST_YEARS_SUSPENDED + " years"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "Enter why targets are suspended"));
        } else if (description.strip().length() > 500) {
            problems.add(new FieldProblem("description", "Description must be 500 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = Rows.insert(db.sql("""
                insert into procedure_suspension (authority_id, first_day, last_day, description) values (?, ?, ?, ?)""")
                .params(authorityId, from, to, description.strip()));
        events.publishEvent(new SuspensionsChanged(authorityId, from, to, description.strip(), true));
        return new Suspension(id, from, to, description.strip());
    }

    @Transactional
    public void removeSuspension(long authorityId, long id) {
        Suspension removed = suspensions(authorityId).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Suspension " + id));
        int rows = db.sql("delete from procedure_suspension where authority_id = ? and id = ?")
                .params(authorityId, id).update();
        if (rows == 0) {
            throw new NotFound("Suspension " + id);
        }
        events.publishEvent(new SuspensionsChanged(authorityId, removed.firstDay(), removed.lastDay(),
                removed.description(), false));
    }

    // ---- due dates

    /** Due dates of a stage received on {@code receivedOn}. A stage the procedure does not have is refused. */
    public StageClock startStage(long authorityId, String procedureCode, int stageNumber, LocalDate receivedOn) {
        return dueDates(authorityId, procedureCode).start(stageNumber, receivedOn);
    }

    /** The procedure's due-date rules on the council's calendar, read once for counting many stages. */
    public ProcedureClock clock(long authorityId, String procedureCode) {
        return dueDates(authorityId, procedureCode);
    }

    /** The same, for a policy the caller has read already (from {@link #policies}). */
    public ProcedureClock clock(long authorityId, ProcedurePolicy policy) {
        return dueDates(authorityId, policy);
    }

    /** Once acknowledged: the response due date for clocks that count from acknowledgement; else as at the start. */
    public LocalDate responseDueOnAcknowledgement(long authorityId, String procedureCode, int stageNumber,
            LocalDate receivedOn, LocalDate acknowledgedOn) {
        return dueDates(authorityId, procedureCode).responseDueOnAcknowledgement(stageNumber, receivedOn, acknowledgedOn);
    }

    /** The new due date after extending by {@code workingDays}, refused beyond the stage's total extension. */
    public LocalDate extend(long authorityId, String procedureCode, int stageNumber, LocalDate originalDue,
            LocalDate currentDue, int workingDays) {
        return dueDates(authorityId, procedureCode).extend(stageNumber, originalDue, currentDue, workingDays);
    }

    /** Checks a response date agreed with the complainant against the stage's limit and returns it. */
    public LocalDate agreeResponseDate(long authorityId, String procedureCode, int stageNumber, LocalDate receivedOn,
            LocalDate agreed, boolean complainantAgreedLonger) {
        return dueDates(authorityId, procedureCode)
                .agreeResponseDate(stageNumber, receivedOn, agreed, complainantAgreedLonger);
    }

    // ---- seeding

    /**
     * Gives a new council the default procedures, with the one {@code REDRESS_AUTHORITY_PROCEDURE} names (corporate
     * unless set) as its default: its services, including those an import creates, use it until given their own.
     */
    @Transactional
    void seedDefaults(long authorityId) {
        for (ProcedurePolicy policy : DefaultPolicies.ALL) {
            long policyId = Rows.insert(db.sql("""
                    insert into procedure_policy (authority_id, code, name, kind, after_last_stage)
                    values (?, ?, ?, ?, ?)""")
                    .params(authorityId, policy.code(), policy.name(), policy.kind().name().toLowerCase(),
                            policy.afterLastStage()));
            for (StageRule stage : policy.stages()) {
                db.sql("""
                        insert into procedure_stage (authority_id, policy_id, stage_number, name, acknowledge_days,
                                                     respond_days, clock_start, max_extension_days,
                                                     max_agreed_months, different_handler)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(authorityId, policyId, stage.number(), stage.name(),
                                stage.acknowledgeWithinWorkingDays(), stage.respondWithinWorkingDays(),
                                stage.responseClockStart().name().toLowerCase(), stage.maxExtensionWorkingDays(),
                                stage.maxAgreedMonths(), stage.differentHandler())
                        .update();
            }
        }
        setDefault(authorityId, newCouncilDefault);
    }

    boolean hasPolicies(long authorityId) {
        return db.sql("select count(*) from procedure_policy where authority_id = ?").param(authorityId)
                .query(Long.class).single() > 0;
    }

    private DueDates dueDates(long authorityId, String code) {
        return dueDates(authorityId, policy(authorityId, code));
    }

    private DueDates dueDates(long authorityId, ProcedurePolicy policy) {
        return new DueDates(policy, calendars.forAuthority(authorityId), suspensions(authorityId));
    }

    private long policyId(long authorityId, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("code", "Choose a procedure");
        }
        return db.sql("select id from procedure_policy where authority_id = ? and code = ?")
                .params(authorityId, code).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("Procedure " + code));
    }

    private static StageRule mapStage(ResultSet rs) throws SQLException {
        return new StageRule(rs.getInt("stage_number"), rs.getString("name"),
                rs.getObject("acknowledge_days", Integer.class), rs.getObject("respond_days", Integer.class),
                ClockStart.valueOf(rs.getString("clock_start").toUpperCase()), rs.getInt("max_extension_days"),
                rs.getObject("max_agreed_months", Integer.class), rs.getBoolean("different_handler"));
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max, String message) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
