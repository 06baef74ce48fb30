package org.redress.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redress.casework.CaseAction;
import org.redress.casework.CasePrivacy;
import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a case on hold keeps its personal data past its retention period until the hold is lifted. Placed and
 * lifted by administrators and the feedback team, each with a reason, and written in the case's event log.
 */
@Component
public class LegalHolds {

    private final JdbcClient db;
    private final Casework casework;
    private final CasePrivacy privacy;
    private final Clock clock;

    LegalHolds(JdbcClient db, Casework casework, CasePrivacy privacy, Clock clock) {
        this.db = db;
        this.casework = casework;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** A hold: who placed it, why, when; and, once lifted, who lifted it, why and when. */
    public record Hold(long id, long caseId, String reason, String placedBy, Instant placedAt, String liftedBy,
            Instant liftedAt, String liftReason) {
        public boolean standing() {
            return liftedAt == null;
        }
    }

    /** Whether this person may place or lift holds. */
    static boolean mayHold(StaffUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.FEEDBACK_TEAM);
    }

    /** Every hold the case has had, newest first. */
    public List<Hold> holds(long caseId) {
        return db.sql("select * from legal_hold where case_id = ? order by placed_at desc, id desc").param(caseId)
                .query((rs, n) -> new Hold(rs.getLong("id"), rs.getLong("case_id"), rs.getString("reason"),
                        rs.getString("placed_by_name"), instant(rs.getObject("placed_at", OffsetDateTime.class)),
                        rs.getString("lifted_by_name"), instant(rs.getObject("lifted_at", OffsetDateTime.class)),
                        rs.getString("lift_reason")))
                .list();
    }

    public Optional<Hold> standing(long caseId) {
        return holds(caseId).stream().filter(Hold::standing).findFirst();
    }

    /** The cases of the council on hold now. */
    Set<Long> heldCases(long authorityId) {
        return Set.copyOf(db.sql("select distinct case_id from legal_hold where authority_id = ? and lifted_at is null")
                .param(authorityId).query(Long.class).list());
    }

    @Transactional
    public Hold place(StaffUser user, String reference, String reason) {
        FeedbackCase c = allowed(user, reference);
        String why = reason(reason, "Enter why the case is to be held");
        if (standing(c.id()).isPresent()) {
            throw new Refused("Case " + c.reference() + " is already on legal hold.");
        }
        db.sql("""
                insert into legal_hold (authority_id, case_id, reason, placed_by, placed_by_name, placed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(c.authorityId(), c.id(), why, user.staffId(), user.displayName(), now()).update();
        privacy.record(c.authorityId(), c.id(), user.staffId(), user.displayName(), CaseAction.LEGAL_HOLD_PLACED,
                "Legal hold placed: " + why);
        return standing(c.id()).orElseThrow();
    }

    @Transactional
    public void lift(StaffUser user, String reference, String reason) {
        FeedbackCase c = allowed(user, reference);
        String why = reason(reason, "Enter why the hold is lifted");
        Hold hold = standing(c.id()).orElseThrow(() -> new Refused("Case " + c.reference() + " is not on legal hold."));
        db.sql("""
                update legal_hold set lifted_by = ?, lifted_by_name = ?, lifted_at = ?, lift_reason = ?
                where id = ? and lifted_at is null""")
                .params(user.staffId(), user.displayName(), now(), why, hold.id()).update();
        privacy.record(c.authorityId(), c.id(), user.staffId(), user.displayName(), CaseAction.LEGAL_HOLD_LIFTED,
                "Legal hold lifted: " + why);
    }

    private FeedbackCase allowed(StaffUser user, String reference) {
        if (!mayHold(user)) {
            throw new AccessDeniedException("Only administrators and the customer feedback team place legal holds");
        }
        return casework.get(user, reference);
    }

    private static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", missing);
        }
        if (reason.strip().length() > 2000) {
            throw new InvalidInput("reason", "The reason must be 2,000 characters or fewer");
        }
        return reason.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
