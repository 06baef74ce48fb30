package org.redress.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The council's topics. A council that has none gets a first set on first use, worded from its service names
 * ({@link #SUGGESTIONS}): the public do not know that potholes belong to "Highways, Transportation and Waste
 * Management". An administrator rewords, remaps, adds and removes them.
 */
@Component
class Topics {

    static final int MAX_LABEL = 200;
    static final int MAX_HINT = 500;
    static final String SOMETHING_ELSE = "Something else";

    /** Plain words for a service whose name contains the key (lower case), in the order the form lists them. */
    static final Map<String, List<String>> SUGGESTIONS = suggestions();

    private static Map<String, List<String>> suggestions() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("highway", List.of("Roads, pavements, potholes and streetlights"));
        s.put("waste", List.of("Bins, recycling and household waste centres"));
        s.put("transport", List.of("Buses, school transport and travel passes"));
        s.put("adult", List.of("Care and support for adults"));
        s.put("children", List.of("Children's social care, fostering and adoption"));
        s.put("education services", List.of("Schools, admissions and special educational needs"));
        s.put("education people", List.of("Support and training for schools"));
        s.put("community learning", List.of("Adult learning and courses"));
        s.put("librar", List.of("Libraries, registering a birth, death or marriage, and archives"));
        s.put("environment", List.of("Planning, countryside, trading standards and the environment"));
        s.put("economic", List.of("Business support and economic development"));
        s.put("finance", List.of("Paying the council, invoices and financial assessments"));
        s.put("foi", List.of("Freedom of information requests"));
        s.put("gateway", List.of("Our contact centre and Gateway offices"));
        s.put("insurance", List.of("Insurance claims against the council"));
        s.put("property", List.of("Council buildings and land"));
        s.put("public health", List.of("Public health services, such as stop smoking and sexual health"));
        return s;
    }

    private final JdbcClient db;
    private final CouncilStructure structure;
    private final TransactionTemplate transaction;

    Topics(JdbcClient db, CouncilStructure structure, PlatformTransactionManager transactions) {
        this.db = db;
        this.structure = structure;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The council's topics in order, seeding a first set if it has none. */
    List<Topic> list(long authorityId) {
        List<Topic> topics = read(authorityId);
        if (topics.isEmpty() && !structure.services(authorityId).isEmpty()) {
            try {
                transaction.executeWithoutResult(status -> seed(authorityId));
            } catch (DuplicateKeyException seededByAnotherRequest) {
                // Two first visitors at once: the other one's set stands.
            }
            topics = read(authorityId);
        }
        return topics;
    }

    Optional<Topic> find(long authorityId, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return db.sql("select * from intake_topic where authority_id = ? and id = ?").params(authorityId, id)
                .query(Topics::map).optional();
    }

    Topic get(long authorityId, long id) {
        return find(authorityId, id).orElseThrow(() -> new NotFound("Topic " + id));
    }

    @Transactional
    Topic add(long authorityId, String label, String hint, Long serviceId) {
        check(authorityId, null, label, hint, serviceId);
        int position = db.sql("select coalesce(max(position), 0) + 1 from intake_topic where authority_id = ?")
                .param(authorityId).query(Integer.class).single();
        long id = Rows.insert(db.sql("""
                insert into intake_topic (authority_id, label, hint, service_id, position) values (?, ?, ?, ?, ?)""")
                .params(authorityId, label.strip(), trim(hint), serviceId, position));
        return get(authorityId, id);
    }

    @Transactional
    void update(long authorityId, long id, int version, String label, String hint, Long serviceId, Integer position) {
        get(authorityId, id);
        check(authorityId, id, label, hint, serviceId);
        if (position == null || position < 0 || position > 999) {
            throw new InvalidInput("position", "Enter a position from 0 to 999");
        }
        int rows = db.sql("""
                update intake_topic set label = ?, hint = ?, service_id = ?, position = ?, version = version + 1
                where authority_id = ? and id = ? and version = ?""")
                .params(label.strip(), trim(hint), serviceId, position, authorityId, id, version).update();
        if (rows == 0) {
            throw new EditConflict("The topic");
        }
    }

    @Transactional
    void remove(long authorityId, long id) {
        if (db.sql("delete from intake_topic where authority_id = ? and id = ?").params(authorityId, id).update() == 0) {
            throw new NotFound("Topic " + id);
        }
    }

    private void check(long authorityId, Long id, String label, String hint, Long serviceId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (label == null || label.isBlank()) {
            problems.add(new FieldProblem("label", "Enter the topic as the public will see it"));
        } else if (label.strip().length() > MAX_LABEL) {
            problems.add(new FieldProblem("label", "The topic must be " + MAX_LABEL + " characters or fewer"));
        } else if (read(authorityId).stream().anyMatch(t -> !Long.valueOf(t.id()).equals(id)
                && t.label().equalsIgnoreCase(label.strip()))) {
            problems.add(new FieldProblem("label", "There is already a topic called " + label.strip()));
        }
        if (hint != null && hint.strip().length() > MAX_HINT) {
            problems.add(new FieldProblem("hint", "The hint must be " + MAX_HINT + " characters or fewer"));
        }
        if (serviceId == null) {
            problems.add(new FieldProblem("serviceId", "Select the service that receives this feedback"));
        } else if (structure.findService(authorityId, serviceId).filter(CouncilService::active).isEmpty()) {
            problems.add(new FieldProblem("serviceId", "Select a service from the list"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** A first set: plain words for the services we recognise, their own names for the rest, then "Something else". */
    private void seed(long authorityId) {
        if (!read(authorityId).isEmpty()) {
            return;
        }
        List<CouncilService> services = structure.services(authorityId).stream().filter(CouncilService::active).toList();
        if (services.isEmpty()) {
            return;
        }
        Map<String, Long> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> suggestion : SUGGESTIONS.entrySet()) {
            services.stream().filter(s -> s.name().toLowerCase(Locale.UK).contains(suggestion.getKey())).findFirst()
                    .ifPresent(s -> suggestion.getValue().forEach(label -> chosen.putIfAbsent(label, s.id())));
        }
        CouncilService general = null;
        for (CouncilService s : services) {
            String name = s.name().toLowerCase(Locale.UK);
            boolean matched = SUGGESTIONS.keySet().stream().anyMatch(name::contains);
            if (name.equals("other") || name.contains("customer service") || name.contains("corporate")) {
                general = general == null ? s : general;
            } else if (!matched) {
                chosen.putIfAbsent(s.name(), s.id());
            }
        }
        chosen.put(SOMETHING_ELSE, (general != null ? general : services.get(0)).id());
        int position = 1;
        for (Map.Entry<String, Long> topic : chosen.entrySet()) {
            db.sql("insert into intake_topic (authority_id, label, service_id, position) values (?, ?, ?, ?)")
                    .params(authorityId, topic.getKey(), topic.getValue(), position++).update();
        }
    }

    private List<Topic> read(long authorityId) {
        return db.sql("select * from intake_topic where authority_id = ? order by position, id").param(authorityId)
                .query(Topics::map).list();
    }

    private static Topic map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Topic(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("label"), rs.getString("hint"),
                rs.getLong("service_id"), rs.getInt("position"), rs.getInt("version"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
