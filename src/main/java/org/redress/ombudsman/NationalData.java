package org.redress.ombudsman;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redress.organisation.AuthorityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ombudsman's national annual data, by the Ombudsman's authority code and year. Not tenant data: every
 * council's figures sit side by side so each can be compared with its peers (docs/adr/0004).
 */
@Component
class NationalData {

    private final JdbcClient db;

    NationalData(JdbcClient db) {
        this.db = db;
    }

    record ImportSummary(int imported, int replaced, List<Integer> years) {
    }

    /** Checks the whole file, then stores all of it or (on any bad row) none of it. */
    @Transactional
    ImportSummary importCsv(String csv) {
        return store(NationalFile.read(csv));
    }

    /** Stores the rows, each replacing what was held for its authority and year. */
    @Transactional
    ImportSummary store(List<NationalFigures> rows) {
        int replaced = 0;
        for (NationalFigures row : rows) {
            // Codes match without regard to case, so a re-import in other capitals still replaces; the received
            // counts go with their row (on delete cascade).
            replaced += db.sql("delete from ombudsman_annual_data where lower(authority_code) = lower(?) and financial_year = ?")
                    .params(row.authorityCode(), row.year()).update();
            db.sql("""
                    insert into ombudsman_annual_data (authority_code, financial_year, authority_name, authority_type,
                        received_total, incomplete_or_invalid, advice_given, referred_back, closed_after_initial_enquiries,
                        not_upheld, upheld, remedied_by_authority, compliance_outcomes, complied)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.authorityCode(), row.year(), row.authorityName(), row.type().key(), row.receivedTotal(),
                            row.incompleteOrInvalid(), row.adviceGiven(), row.referredBack(),
                            row.closedAfterInitialEnquiries(), row.notUpheld(), row.upheld(), row.remediedByAuthority(),
                            row.complianceOutcomes(), row.complied())
                    .update();
            row.receivedByCategory().forEach((category, received) -> db.sql("""
                    insert into ombudsman_annual_received (authority_code, financial_year, category, received)
                    values (?, ?, ?, ?)""").params(row.authorityCode(), row.year(), category.key(), received).update());
        }
        return new ImportSummary(rows.size(), replaced,
                rows.stream().map(NationalFigures::year).distinct().sorted().toList());
    }

    Optional<NationalFigures> find(String authorityCode, int year) {
        List<NationalFigures> found = select("where lower(d.authority_code) = lower(?) and d.financial_year = ?",
                authorityCode.trim(), year);
        return found.stream().findFirst();
    }

    /** Every authority's row for the year, by name. */
    List<NationalFigures> year(int year) {
        return select("where d.financial_year = ?", year);
    }

    /** Rows of one authority type in a year: its peers, itself included. */
    List<NationalFigures> peers(AuthorityType type, int year) {
        return select("where d.financial_year = ? and d.authority_type = ?", year, type.key());
    }

    /** Years with data, newest first. */
    List<Integer> years() {
        return db.sql("select distinct financial_year from ombudsman_annual_data order by financial_year desc")
                .query(Integer.class).list();
    }

    private List<NationalFigures> select(String where, Object... params) {
        Map<String, Map<OmbudsmanCategory, Long>> received = new HashMap<>();
        db.sql("select r.authority_code, r.financial_year, r.category, r.received from ombudsman_annual_received r "
                        + "join ombudsman_annual_data d on d.authority_code = r.authority_code "
                        + "and d.financial_year = r.financial_year " + where)
                .params(params)
                .query((ResultSet rs) -> {
                    received.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2),
                            k -> new EnumMap<>(OmbudsmanCategory.class))
                            .put(OmbudsmanCategory.fromKey(rs.getString(3)), rs.getLong(4));
                });
        List<NationalFigures> rows = new ArrayList<>();
        db.sql("select d.* from ombudsman_annual_data d " + where + " order by d.authority_name, d.authority_code")
                .params(params)
                .query((ResultSet rs) -> {
                    rows.add(map(rs, received));
                });
        return rows;
    }

    private static NationalFigures map(ResultSet rs, Map<String, Map<OmbudsmanCategory, Long>> received)
            throws SQLException {
        String code = rs.getString("authority_code");
        int year = rs.getInt("financial_year");
        return new NationalFigures(code, rs.getString("authority_name"),
                AuthorityType.fromKey(rs.getString("authority_type")), year, rs.getLong("received_total"),
                rs.getLong("incomplete_or_invalid"), rs.getLong("advice_given"), rs.getLong("referred_back"),
                rs.getLong("closed_after_initial_enquiries"), rs.getLong("not_upheld"), rs.getLong("upheld"),
                rs.getLong("remedied_by_authority"), rs.getLong("compliance_outcomes"), rs.getLong("complied"),
                received.getOrDefault(code + "/" + year, Map.of()));
    }
}
