package org.redress.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils hosted on this installation, as the service operator manages them: a new council comes with its
 * first administrator, who then runs it; a suspended council's staff can neither sign in nor use the API.
 */
@Component
class Councils {

    private final JdbcClient db;
    private final Authorities authorities;
    private final StaffAccounts staff;

    Councils(JdbcClient db, Authorities authorities, StaffAccounts staff) {
        this.db = db;
        this.authorities = authorities;
        this.staff = staff;
    }

    record NewAdministrator(String username, String email, String password) {
    }

    record NewCouncil(String name, String code, String type, String region, NewAdministrator administrator) {
    }

    record Hosted(String code, String name, String type, String region, boolean suspended, long staff) {
    }

    /** Adds a council and its first administrator together: either both are made or neither. */
    @Transactional
    Hosted create(NewCouncil council) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = council.name() == null ? "" : council.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "Enter the council's name, 200 characters or fewer"));
        }
        String code = council.code() == null ? "" : council.code().strip();
        if (!code.matches("[A-Za-z0-9-]{2,20}")) {
            problems.add(new FieldProblem("code", "Enter a short code of 2 to 20 letters, numbers or dashes"));
        } else if (authorities.findByCode(code).isPresent()) {
            problems.add(new FieldProblem("code", "There is already a council with the code " + code));
        }
        AuthorityType type = null;
        try {
            type = AuthorityType.fromKey(council.type() == null ? "" : council.type());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("type",
                    "Give the type of council: county, district, metropolitan_borough, unitary or london_borough"));
        }
        BankHolidayRegion region = null;
        try {
            region = BankHolidayRegion.fromKey(council.region() == null ? "" : council.region());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("region",
                    "Give the bank-holiday region: england-and-wales, scotland or northern-ireland"));
        }
        if (council.administrator() == null) {
            problems.add(new FieldProblem("administrator", "Give the council's first administrator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Authority made = authorities.create(code, name, type, region);
        NewAdministrator admin = council.administrator();
        try {
            staff.create(made.id(), new StaffAccounts.Details(admin.username(), "Administrator", admin.email(),
                    EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), admin.password());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem("administrator." + p.field(), p.message())).toList());
        }
        return get(made.code());
    }

    List<Hosted> all() {
        return db.sql("""
                select a.code, a.name, a.authority_type, a.region, a.suspended,
                       (select count(*) from staff s where s.authority_id = a.id) as staff
                from authority a order by a.name, a.code""")
                .query((rs, n) -> new Hosted(rs.getString("code"), rs.getString("name"), rs.getString("authority_type"),
                        rs.getString("region"), rs.getBoolean("suspended"), rs.getLong("staff")))
                .list();
    }

    Hosted get(String code) {
        return all().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFound("Council " + code));
    }

    /** Suspends or reinstates a council; the operator's own council stays open, or nobody could reinstate it. */
    @Transactional
    void suspend(StaffUser operator, String code, boolean suspended) {
        Authority council = authorities.findByCode(code == null ? "" : code).orElseThrow(() -> new NotFound("Council " + code));
        if (suspended && council.id() == operator.authorityId()) {
            throw new InvalidInput("code", "You cannot suspend the council your own account belongs to");
        }
        db.sql("update authority set suspended = ?, version = version + 1 where id = ?").params(suspended, council.id())
                .update();
    }
}
