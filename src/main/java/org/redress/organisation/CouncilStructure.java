package org.redress.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A council's directorates and the services below them: where feedback is routed. */
@Component
public class CouncilStructure {

    private static final String SERVICE_SELECT = """
            select s.id, s.authority_id, s.directorate_id, d.name as directorate_name, s.name, s.active
            from service s join directorate d on d.id = s.directorate_id""";

    private final JdbcClient db;

    CouncilStructure(JdbcClient db) {
        this.db = db;
    }

    @Transactional
    public Directorate addDirectorate(long authorityId, String name) {
        String clean = required("name", name);
        try {
            long id = Rows.insert(db.sql("insert into directorate (authority_id, name) values (?, ?)")
                    .params(authorityId, clean));
            return new Directorate(id, authorityId, clean, true);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "There is already a directorate called " + clean);
        }
    }

    @Transactional
    public CouncilService addService(long authorityId, long directorateId, String name) {
        Directorate directorate = directorate(authorityId, directorateId);
        String clean = required("name", name);
        try {
            long id = Rows.insert(db.sql("insert into service (authority_id, directorate_id, name) values (?, ?, ?)")
                    .params(authorityId, directorateId, clean));
            return new CouncilService(id, authorityId, directorateId, directorate.name(), clean, true);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", directorate.name() + " already has a service called " + clean);
        }
    }

    @Transactional
    public void renameDirectorate(long authorityId, long directorateId, String name, boolean active) {
        directorate(authorityId, directorateId);
        db.sql("update directorate set name = ?, active = ?, version = version + 1 where id = ? and authority_id = ?")
                .params(required("name", name), active, directorateId, authorityId).update();
    }

    @Transactional
    public void updateService(long authorityId, long serviceId, long directorateId, String name, boolean active) {
        service(authorityId, serviceId);
        directorate(authorityId, directorateId);
        db.sql("""
                update service set name = ?, directorate_id = ?, active = ?, version = version + 1
                where id = ? and authority_id = ?""")
                .params(required("name", name), directorateId, active, serviceId, authorityId).update();
    }

    public List<Directorate> directorates(long authorityId) {
        return db.sql("select * from directorate where authority_id = ? order by name").param(authorityId)
                .query((rs, n) -> new Directorate(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("name"),
                        rs.getBoolean("active")))
                .list();
    }

    public Directorate directorate(long authorityId, long directorateId) {
        return directorates(authorityId).stream().filter(d -> d.id() == directorateId).findFirst()
                .orElseThrow(() -> new NotFound("Directorate " + directorateId));
    }

    /** Every service of the council, grouped by directorate name then service name. */
    public List<CouncilService> services(long authorityId) {
        return db.sql(SERVICE_SELECT + " where s.authority_id = ? order by d.name, s.name").param(authorityId)
                .query(CouncilStructure::mapService).list();
    }

    public CouncilService service(long authorityId, long serviceId) {
        return findService(authorityId, serviceId).orElseThrow(() -> new NotFound("Service " + serviceId));
    }

    public Optional<CouncilService> findService(long authorityId, long serviceId) {
        return db.sql(SERVICE_SELECT + " where s.authority_id = ? and s.id = ?").params(authorityId, serviceId)
                .query(CouncilStructure::mapService).optional();
    }

    /** Looks a service up by directorate and service name, ignoring case (used by imports). */
    public Optional<CouncilService> findService(long authorityId, String directorateName, String serviceName) {
        return db.sql(SERVICE_SELECT + " where s.authority_id = ? and lower(d.name) = lower(?) and lower(s.name) = lower(?)")
                .params(authorityId, directorateName.trim(), serviceName.trim())
                .query(CouncilStructure::mapService).optional();
    }

    private static CouncilService mapService(ResultSet rs, int row) throws SQLException {
        return new CouncilService(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("directorate_id"),
                rs.getString("directorate_name"), rs.getString("name"), rs.getBoolean("active"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "Enter a name");
        }
        if (value.strip().length() > 200) {
            throw new InvalidInput(field, "Name must be 200 characters or fewer");
        }
        return value.strip();
    }
}
