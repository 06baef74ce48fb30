package org.redress.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.platform.Rows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emails on no case have an end too: the nightly retention job, run "on" 10 March 2027, clears the sender, text and
 * files of an email set aside (or automatic) longer ago than the council keeps them, once, and leaves an email set
 * aside more recently, one still waiting in triage, and one on a case (which goes with its case) untouched.
 */
@SpringBootTest
class SetAsideEmailRetentionIT {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final String MARKER = "[removed under retention policy on 10 March 2027]";

    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired Casework casework;
    @Autowired Anonymisation anonymisation;
    @Autowired JdbcClient db;

    TestCouncil council;

    @BeforeEach
    void council() {
        council = TestCouncil.create(authorities, structure, staff);
    }

    @Test
    void emailsSetAsideLongerThanTheCouncilKeepsThemAreClearedOnceAndOthersKept() {
        long setAsideLongAgo = email("set_aside", "2026-01-05T10:00:00Z", null);
        long automaticLongAgo = email("automatic", null, null);
        long setAsideLately = email("set_aside", "2026-12-01T10:00:00Z", null);
        long waiting = email("triage", null, null);
        long onCase = email("case", "2026-01-05T10:00:00Z", caseId());

        assertThat(anonymisation.removeUnfiled(TODAY)).as("emails cleared across councils").isGreaterThanOrEqualTo(2);

        assertThat(row(setAsideLongAgo)).isEqualTo("[removed] " + MARKER + " " + MARKER + " cleared");
        assertThat(row(automaticLongAgo)).isEqualTo("[removed] " + MARKER + " " + MARKER + " cleared");
        assertThat(List.of(row(setAsideLately), row(waiting), row(onCase))).allSatisfy(r ->
                assertThat(r).isEqualTo("c.brown@example.com Bins Please collect the bins. kept"));
        assertThat(db.sql("select file_name || ' ' || coalesce(cast(length(content) as varchar), 'none') "
                        + "from inbox_attachment where inbox_message_id = ? or inbox_message_id = ? order by id")
                .params(setAsideLongAgo, setAsideLately).query(String.class).list())
                .containsExactly("[removed] none", "photo.pdf 8");
        assertThat(anonymisation.removeUnfiled(TODAY)).as("nothing is cleared twice").isZero();
    }

    @Test
    void theCouncilsOwnPeriodDecidesHowLongSetAsideEmailsAreKept() {
        db.sql("""
                insert into inbox_mailbox (authority_id, protocol, host, port, username, folder, set_aside_kept_months)
                values (?, 'imaps', 'imap.council.example', 993, 'complaints@council.example', 'INBOX', 2)""")
                .param(council.authority.id()).update();
        long setAsideInDecember = email("set_aside", "2026-12-01T10:00:00Z", null);

        anonymisation.removeUnfiled(TODAY);

        assertThat(row(setAsideInDecember)).endsWith(" cleared");
    }

    private long email(String status, String handledAt, Long caseId) {
        long id = Rows.insert(db.sql("""
                insert into inbox_message (authority_id, dedupe_key, message_id, from_address, subject, body,
                                           received_at, status, handled_at, case_id)
                values (?, ?, ?, 'c.brown@example.com', 'Bins', 'Please collect the bins.', ?, ?, ?, ?)""")
                .params(council.authority.id(), "k" + System.nanoTime(), "<m" + System.nanoTime() + "@example.com>",
                        OffsetDateTime.of(2025, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC), status,
                        handledAt == null ? null : OffsetDateTime.parse(handledAt), caseId));
        db.sql("""
                insert into inbox_attachment (authority_id, inbox_message_id, file_name, content_type, size_bytes,
                                              sha256, content)
                values (?, ?, 'photo.pdf', 'application/pdf', 8, 'abc', ?)""")
                .params(council.authority.id(), id, "%PDF-1.4".getBytes()).update();
        return id;
    }

    private String row(long id) {
        return db.sql("""
                select from_address || ' ' || subject || ' ' || body || ' '
                       || case when cleared_at is null then 'kept' else 'cleared' end
                from inbox_message where id = ?""").param(id).query(String.class).single();
    }

    private long caseId() {
        return casework.log(council.feedbackTeam, new NewCase(FeedbackType.COMPLAINT, Channel.EMAIL,
                LocalDate.of(2026, 1, 4), council.highways.id(), null, "The bins were not collected", null,
                new Contact("Ms C Brown", "c.brown@example.com", null, null), null, null, List.of(), List.of(), null)).id();
    }
}
