package org.redress.correspondence;

import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's sign-off setting: off by default; when on, a response is sent only once a different member of staff
 * with sign-off rights has approved it. Administrators and the customer feedback team have sign-off rights.
 */
@Component
class SignOff {

    private final JdbcClient db;

    SignOff(JdbcClient db) {
        this.db = db;
    }

    record Setting(boolean required, int version) {
    }

    Setting setting(long authorityId) {
        return db.sql("select sign_off_required, version from correspondence_setting where authority_id = ?")
                .param(authorityId)
                .query((rs, n) -> new Setting(rs.getBoolean(1), rs.getInt(2))).optional()
                .orElse(new Setting(false, -1));
    }

    boolean required(long authorityId) {
        return setting(authorityId).required();
    }

    /** Saves the setting if nobody has changed it since {@code version} was read (-1: never saved). */
    @Transactional
    void save(long authorityId, int version, boolean required) {
        int rows = version < 0
                ? db.sql("insert into correspondence_setting (authority_id, sign_off_required) select ?, ? where not exists "
                        + "(select 1 from correspondence_setting where authority_id = ?)")
                        .params(authorityId, required, authorityId).update()
                : db.sql("update correspondence_setting set sign_off_required = ?, version = version + 1 "
                        + "where authority_id = ? and version = ?").params(required, authorityId, version).update();
        if (rows == 0) {
            throw new EditConflict("The sign-off setting");
        }
    }

    /** Who may approve a response someone else wrote. */
    static boolean mayApprove(StaffUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.FEEDBACK_TEAM);
    }
}
