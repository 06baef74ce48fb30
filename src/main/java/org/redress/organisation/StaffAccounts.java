package org.redress.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: sign-in, roles and scope. */
@Component
public class StaffAccounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient db;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcClient db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return signedIn("lower(s.username) = lower(?)", username == null ? "" : username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The account as it stands now, in its signed-in form, if it still exists. */
    Optional<StaffUser> signedIn(long staffId) {
        return signedIn("s.id = ?", staffId);
    }

    /**
     * The account, its roles and its council's state in one read (a row per role). Staff of a suspended council are
     * signed in as disabled accounts, so sign-in refuses them.
     */
    private Optional<StaffUser> signedIn(String where, Object param) {
        return db.sql("""
                select s.*, a.suspended, r.role from staff s
                join authority a on a.id = s.authority_id
                left join staff_role r on r.staff_id = s.id
                where\s""" + where)
                .param(param)
                .query((ResultSetExtractor<Optional<StaffUser>>) StaffAccounts::signedIn);
    }

    private static Optional<StaffUser> signedIn(ResultSet rs) throws SQLException {
        return rs.next() ? Optional.of(signedInFromRows(rs)) : Optional.empty();
    }

    /**
     * Reads the rows of {@link #signedIn(String, Object)} from the first, on which {@code rs} stands; the API tokens'
     * query has the same columns.
     */
    static StaffUser signedInFromRows(ResultSet rs) throws SQLException {
        StaffMember member = map(rs, Set.of());
        String passwordHash = rs.getString("password_hash");
        boolean suspended = rs.getBoolean("suspended");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        do {
            if (rs.getString("role") != null) {
                roles.add(Role.fromKey(rs.getString("role")));
            }
        } while (rs.next());
        return new StaffUser(member.id(), member.authorityId(), member.username(), member.displayName(),
                roles, member.scope(), passwordHash, member.active() && !suspended);
    }

    /** Stores a stronger hash of a password just checked (Spring Security calls this when the setting moved on). */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        db.sql("update staff set password_hash = ? where lower(username) = lower(?)")
                .params(newPasswordHash, user.getUsername()).update();
        return loadUserByUsername(user.getUsername());
    }

    /** What an administrator fills in to add or change an account. */
    public record Details(String username, String displayName, String email, Set<Role> roles, Scope scope) {
    }

    @Transactional
    public StaffMember create(long authorityId, Details details, String password) {
        List<FieldProblem> problems = check(details);
        problems.addAll(checkScope(authorityId, details.scope()));
        problems.addAll(checkPassword(authorityId, details.username(), password));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id;
        try {
            id = Rows.insert(db.sql("""
                    insert into staff (authority_id, username, display_name, email, password_hash, scope_kind,
                                       scope_directorate_id, scope_service_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(authorityId, details.username().strip(), details.displayName().strip(),
                            blankToNull(details.email()), passwords.encode(password),
                            details.scope().kind().name().toLowerCase(), details.scope().directorateId(),
                            details.scope().serviceId()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("username", "The username " + details.username().strip() + " is taken");
        }
        saveRoles(id, authorityId, details.roles());
        return get(authorityId, id);
    }

    @Transactional
    public void update(long authorityId, long staffId, int version, Details details, boolean active) {
        List<FieldProblem> problems = check(details);
        problems.addAll(checkScope(authorityId, details.scope()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        get(authorityId, staffId);
        int rows = db.sql("""
                update staff set display_name = ?, email = ?, scope_kind = ?, scope_directorate_id = ?,
                                 scope_service_id = ?, active = ?, version = version + 1
                where id = ? and authority_id = ? and version = ?""")
                .params(details.displayName().strip(), blankToNull(details.email()),
                        details.scope().kind().name().toLowerCase(), details.scope().directorateId(),
                        details.scope().serviceId(), active, staffId, authorityId, version)
                .update();
        if (rows == 0) {
            throw new EditConflict("This account");
        }
        // The service operator's role is not the council's to give or take: it stays as it was.
        db.sql("delete from staff_role where staff_id = ? and role <> ?").params(staffId, Role.SERVICE_OPERATOR.key()).update();
        saveRoles(staffId, authorityId, details.roles().stream().filter(Role::councilRole).collect(
                java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Transactional
    public void setPassword(long authorityId, long staffId, String password) {
        List<FieldProblem> problems = checkPassword(authorityId, get(authorityId, staffId).username(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        get(authorityId, staffId);
        db.sql("update staff set password_hash = ?, version = version + 1 where id = ?")
                .params(passwords.encode(password), staffId).update();
    }

    public StaffMember get(long authorityId, long staffId) {
        return all(authorityId).stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> new NotFound("Staff member " + staffId));
    }

    /** Whether anyone on the installation holds the service operator's role. */
    boolean anyServiceOperator() {
        return db.sql("select count(*) from staff_role where role = ?").param(Role.SERVICE_OPERATOR.key())
                .query(Long.class).single() > 0;
    }

    public Optional<StaffMember> findByUsername(String username) {
        return load("where lower(s.username) = lower(?)", username).stream().findFirst();
    }

    public List<StaffMember> all(long authorityId) {
        return load("where s.authority_id = ?", authorityId);
    }

    /** Active staff who can be given cases in this service: officers covering it, and the feedback team. */
    public List<StaffMember> handlersFor(long authorityId, long directorateId, long serviceId) {
        return all(authorityId).stream()
                .filter(StaffMember::active)
                .filter(s -> s.roles().contains(Role.FEEDBACK_TEAM) || s.roles().contains(Role.ADMINISTRATOR)
                        || (s.roles().contains(Role.INVESTIGATING_OFFICER) && s.scope().covers(directorateId, serviceId)))
                .toList();
    }

    private List<StaffMember> load(String where, Object param) {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        db.sql("select r.staff_id, r.role from staff_role r join staff s on s.id = r.staff_id " + where)
                .param(param)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong("staff_id"), k -> EnumSet.noneOf(Role.class))
                            .add(Role.fromKey(rs.getString("role")));
                });
        return db.sql("select s.* from staff s " + where + " order by s.display_name").param(param)
                .query((rs, n) -> map(rs, roles.getOrDefault(rs.getLong("id"), EnumSet.noneOf(Role.class))))
                .list();
    }

    static StaffMember map(ResultSet rs, Set<Role> roles) throws SQLException {
        Scope.Kind kind = Scope.Kind.valueOf(rs.getString("scope_kind").toUpperCase());
        Scope scope = new Scope(kind, (Long) rs.getObject("scope_directorate_id", Long.class),
                (Long) rs.getObject("scope_service_id", Long.class));
        return new StaffMember(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), roles, scope, rs.getBoolean("active"),
                rs.getInt("version"));
    }

    private void saveRoles(long staffId, long authorityId, Set<Role> roles) {
        for (Role role : roles) {
            db.sql("insert into staff_role (staff_id, authority_id, role) values (?, ?, ?)")
                    .params(staffId, authorityId, role.key()).update();
        }
    }

    private static List<FieldProblem> check(Details details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.username() == null || details.username().isBlank()) {
            problems.add(new FieldProblem("username", "Enter a username"));
        } else if (!details.username().strip().matches("[A-Za-z0-9._@-]{2,100}")) {
            problems.add(new FieldProblem("username",
                    "Username must be 2 to 100 letters, numbers, dots, dashes, underscores or @"));
        }
        if (details.displayName() == null || details.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the person's name"));
        } else if (details.displayName().length() > 200) {
            problems.add(new FieldProblem("displayName", "Name must be 200 characters or fewer"));
        }
        if (details.email() != null && !details.email().isBlank()
                && !details.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (details.roles() == null || details.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "Select at least one role"));
        }
        return problems;
    }

    /** A scope names one of this council's own directorates or services, never another council's. */
    private List<FieldProblem> checkScope(long authorityId, Scope scope) {
        if (scope == null) {
            return new ArrayList<>(List.of(new FieldProblem("scopeKind", "Select which cases they can see")));
        }
        boolean ours = switch (scope.kind()) {
            case WHOLE_COUNCIL -> true;
            case DIRECTORATE -> db.sql("select count(*) from directorate where id = ? and authority_id = ?")
                    .params(scope.directorateId(), authorityId).query(Long.class).single() > 0;
            case SERVICE -> db.sql("select count(*) from service where id = ? and authority_id = ?")
                    .params(scope.serviceId(), authorityId).query(Long.class).single() > 0;
        };
        if (ours) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(scope.kind() == Scope.Kind.DIRECTORATE
                ? new FieldProblem("scopeDirectorateId", "Select one of the council's directorates")
                : new FieldProblem("scopeServiceId", "Select one of the council's services")));
    }

    private List<FieldProblem> checkPassword(long authorityId, String username, String password) {
        String council = db.sql("select name from authority where id = ?").param(authorityId).query(String.class)
                .optional().orElse(null);
        return PasswordRules.problem(password, username, council)
                .map(message -> new ArrayList<>(List.of(new FieldProblem("password", message))))
                .orElseGet(ArrayList::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
