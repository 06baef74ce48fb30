package org.redress.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council's postal address, printed at the head of the letters Redress produces for posting. */
@Component
class Letterhead {

    static final int MAX_ADDRESS = 1000;

    private final JdbcClient db;

    Letterhead(JdbcClient db) {
        this.db = db;
    }

    record Address(String text, int version) {
        List<String> lines() {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    Optional<Address> address(long authorityId) {
        return db.sql("select address, version from letterhead where authority_id = ?").param(authorityId)
                .query((rs, n) -> new Address(rs.getString("address"), rs.getInt("version"))).optional();
    }

    /** Saves the address if nobody has changed it since {@code version} was read (-1: there was none). */
    @Transactional
    void save(long authorityId, int version, String address) {
        List<FieldProblem> problems = new ArrayList<>();
        if (address == null || address.isBlank()) {
            problems.add(new FieldProblem("address", "Enter the council's postal address"));
        } else if (address.length() > MAX_ADDRESS) {
            problems.add(new FieldProblem("address", "The address must be 1,000 characters or fewer"));
        } else if (address.lines().count() > 10) {
            problems.add(new FieldProblem("address", "The address must be 10 lines or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String text = address.strip().replace("\r\n", "\n");
        int rows = version < 0
                ? db.sql("insert into letterhead (authority_id, address) select ?, ? where not exists "
                        + "(select 1 from letterhead where authority_id = ?)").params(authorityId, text, authorityId).update()
                : db.sql("update letterhead set address = ?, version = version + 1 where authority_id = ? and version = ?")
                        .params(text, authorityId, version).update();
        if (rows == 0) {
            throw new EditConflict("The council's address");
        }
    }
}
