package org.redress.organisation;

import java.util.List;
import java.util.Optional;

import org.redress.platform.EditConflict;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The councils using this installation. */
@Component
public class Authorities {

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    Authorities(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /** Adds a council and tells the other modules, in the same transaction, so it starts with their defaults. */
    @Transactional
    public Authority create(String code, String name, AuthorityType type, BankHolidayRegion region) {
        long id = Rows.insert(db.sql("insert into authority (code, name, authority_type, region) values (?, ?, ?, ?)")
                .params(code, name, type.key(), region.key()));
        events.publishEvent(new AuthorityCreated(id, code));
        return get(id);
    }

    public Authority get(long id) {
        return db.sql("select * from authority where id = ?").param(id).query(Authorities::map).optional()
                .orElseThrow(() -> new NotFound("Council " + id));
    }

    public Optional<Authority> findByCode(String code) {
        return db.sql("select * from authority where lower(code) = lower(?)").param(code).query(Authorities::map).optional();
    }

    public List<Authority> all() {
        return db.sql("select * from authority order by name").query(Authorities::map).list();
    }

    public boolean any() {
        return db.sql("select count(*) from authority").query(Long.class).single() > 0;
    }

    @Transactional
    public void update(long id, int version, String name, AuthorityType type, BankHolidayRegion region) {
        int rows = db.sql("""
                update authority set name = ?, authority_type = ?, region = ?, version = version + 1
                where id = ? and version = ?""")
                .params(name, type.key(), region.key(), id, version)
                .update();
        if (rows == 0) {
            throw new EditConflict("The council's details");
        }
    }

    private static Authority map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Authority(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AuthorityType.fromKey(rs.getString("authority_type")),
                BankHolidayRegion.fromKey(rs.getString("region")), rs.getInt("version"));
    }
}
