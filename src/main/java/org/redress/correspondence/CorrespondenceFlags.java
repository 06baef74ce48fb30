package org.redress.correspondence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.casework.CaseFlags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "New correspondence" on a case in the work queue while its handler has not read an email on it. */
@Component
class CorrespondenceFlags implements CaseFlags {

    static final String NEW = "New correspondence";

    private final JdbcClient db;

    CorrespondenceFlags(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<Long, List<String>> flagsFor(long authorityId, Collection<Long> caseIds) {
        String marks = caseIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        List<Object> params = new java.util.ArrayList<>();
        params.add(authorityId);
        params.addAll(caseIds);
        return db.sql("select distinct case_id from inbox_message where authority_id = ? and new_on_case and case_id in ("
                        + marks + ")")
                .params(params).query(Long.class).list().stream()
                .collect(Collectors.toMap(id -> id, id -> List.of(NEW)));
    }
}
