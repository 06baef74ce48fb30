package org.redress.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.redress.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's mailbox as its administrators saved it ({@code inbox_mailbox} rows with {@code saved}), secrets
 * sealed with {@link Secrets}. A saved mailbox wins over the environment's ({@code REDRESS_INBOX_*}), which describes
 * the first council's mailbox only while that council has none saved.
 */
@Component
class MailboxSettings {

    /** How Redress signs in to the mailbox. */
    enum Authentication {
        PASSWORD, OAUTH2;

        String key() {
            return name().toLowerCase();
        }

        static Optional<Authentication> fromKey(String key) {
            for (Authentication a : values()) {
                if (a.key().equals(key)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** The saved settings as the page shows them: never a secret, only whether one is saved. */
    record Saved(String protocol, String host, int port, String username, String folder, int pollMinutes,
            Authentication authentication, boolean passwordSaved, String tokenUrl, String clientId,
            boolean clientSecretSaved, String scope, int setAsideKeptMonths) {
    }

    /** What the administrator asks to save; a null or blank secret keeps the one saved. */
    record Changes(String protocol, String host, int port, String username, String folder, int pollMinutes,
            Authentication authentication, String password, String tokenUrl, String clientId, String clientSecret,
            String scope, int setAsideKeptMonths) {
    }

    /** How the last poll went. */
    record Status(OffsetDateTime lastPolledAt, String lastError, long messagesStored) {
    }

    static final int DEFAULT_SET_ASIDE_KEPT_MONTHS = 12;

    private final JdbcClient db;
    private final Secrets secrets;
    private final Clock clock;

    MailboxSettings(JdbcClient db, Secrets secrets, Clock clock) {
        this.db = db;
        this.secrets = secrets;
        this.clock = clock;
    }

    Optional<Saved> saved(long authorityId) {
        return db.sql("""
                select protocol, host, port, username, folder, poll_minutes, authentication, password_sealed,
                       token_url, client_id, client_secret_sealed, scope, set_aside_kept_months
                from inbox_mailbox where authority_id = ? and saved""")
                .param(authorityId)
                .query((rs, n) -> new Saved(rs.getString("protocol"), rs.getString("host"), rs.getInt("port"),
                        rs.getString("username"), rs.getString("folder"), rs.getInt("poll_minutes"),
                        Authentication.fromKey(rs.getString("authentication")).orElse(Authentication.PASSWORD),
                        rs.getString("password_sealed") != null, rs.getString("token_url"), rs.getString("client_id"),
                        rs.getString("client_secret_sealed") != null, rs.getString("scope"),
                        rs.getInt("set_aside_kept_months")))
                .optional();
    }

    Optional<Status> status(long authorityId) {
        return db.sql("select last_polled_at, last_error, messages_stored from inbox_mailbox where authority_id = ?")
                .param(authorityId)
                .query((rs, n) -> new Status(rs.getObject("last_polled_at", OffsetDateTime.class),
                        rs.getString("last_error"), rs.getLong("messages_stored")))
                .optional();
    }

    /** The councils with a saved mailbox. */
    List<Long> councilsWithMailboxes() {
        return db.sql("select authority_id from inbox_mailbox where saved order by authority_id").query(Long.class).list();
    }

    /** The saved mailbox with its secrets opened, to connect with. */
    Optional<Mailbox> mailbox(long authorityId) {
        return db.sql("""
                select protocol, host, port, username, folder, poll_minutes, authentication, password_sealed,
                       token_url, client_id, client_secret_sealed, scope
                from inbox_mailbox where authority_id = ? and saved""")
                .param(authorityId)
                .query((rs, n) -> {
                    boolean oauth = "oauth2".equals(rs.getString("authentication"));
                    String sealedPassword = rs.getString("password_sealed");
                    String sealedSecret = rs.getString("client_secret_sealed");
                    return new Mailbox(rs.getString("protocol"), rs.getString("host"), rs.getInt("port"),
                            rs.getString("username"), rs.getString("folder"),
                            Duration.ofMinutes(rs.getInt("poll_minutes")),
                            oauth || sealedPassword == null ? null : secrets.open(sealedPassword, purpose("password", authorityId)),
                            oauth ? new Mailbox.OAuthClient(rs.getString("token_url"), rs.getString("client_id"),
                                    sealedSecret == null ? "" : secrets.open(sealedSecret, purpose("client_secret", authorityId)),
                                    rs.getString("scope")) : null);
                })
                .optional();
    }

    /** The saved mailbox as it would be with these changes, secrets opened: what "Test connection" tries. */
    Mailbox withChanges(long authorityId, Changes c) {
        Optional<Mailbox> saved = mailbox(authorityId);
        String password = present(c.password()) ? c.password()
                : saved.map(Mailbox::password).orElse(null);
        String secret = present(c.clientSecret()) ? c.clientSecret()
                : saved.map(Mailbox::oauth).map(Mailbox.OAuthClient::clientSecret).orElse("");
        return new Mailbox(c.protocol(), c.host(), c.port(), c.username(), c.folder(),
                Duration.ofMinutes(c.pollMinutes()), c.authentication() == Authentication.PASSWORD ? password : null,
                c.authentication() == Authentication.OAUTH2
                        ? new Mailbox.OAuthClient(c.tokenUrl(), c.clientId(), secret, c.scope()) : null);
    }

    /**
     * Saves the council's mailbox, sealing any new secret (refused when the installation has no key). A secret left
     * blank keeps the one saved. Switching how it signs in forgets the other way's secret.
     */
    @Transactional
    void save(long authorityId, Changes c, String savedBy) {
        boolean oauth = c.authentication() == Authentication.OAUTH2;
        String password = oauth ? null : present(c.password()) ? secrets.seal(c.password(), purpose("password", authorityId))
                : column("password_sealed", authorityId);
        String secret = !oauth ? null : present(c.clientSecret())
                ? secrets.seal(c.clientSecret(), purpose("client_secret", authorityId))
                : column("client_secret_sealed", authorityId);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Object[] values = {c.protocol(), c.host(), c.port(), c.username(), c.folder(), c.pollMinutes(),
                c.authentication().key(), password, oauth ? c.tokenUrl() : null, oauth ? c.clientId() : null, secret,
                oauth ? c.scope() : null, c.setAsideKeptMonths(), savedBy, now, authorityId};
        int updated = db.sql("""
                update inbox_mailbox set saved = true, protocol = ?, host = ?, port = ?, username = ?, folder = ?,
                       poll_minutes = ?, authentication = ?, password_sealed = ?, token_url = ?, client_id = ?,
                       client_secret_sealed = ?, scope = ?, set_aside_kept_months = ?, saved_by = ?, saved_at = ?,
                       last_error = null
                where authority_id = ?""").params(values).update();
        if (updated == 0) {
            db.sql("""
                    insert into inbox_mailbox (saved, protocol, host, port, username, folder, poll_minutes,
                           authentication, password_sealed, token_url, client_id, client_secret_sealed, scope,
                           set_aside_kept_months, saved_by, saved_at, authority_id)
                    values (true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /** Whether a secret for this way of signing in is saved already (so a blank one keeps it). */
    boolean secretSaved(long authorityId, Authentication authentication) {
        return column(authentication == Authentication.OAUTH2 ? "client_secret_sealed" : "password_sealed",
                authorityId) != null;
    }

    /** How long the council keeps emails set aside and on no case: its saved setting, or a year. */
    int setAsideKeptMonths(long authorityId) {
        return db.sql("select set_aside_kept_months from inbox_mailbox where authority_id = ?").param(authorityId)
                .query(Integer.class).optional().orElse(DEFAULT_SET_ASIDE_KEPT_MONTHS);
    }

    private String column(String name, long authorityId) {
        return db.sql("select " + name + " from inbox_mailbox where authority_id = ? and saved").param(authorityId)
                .query(String.class).optional().orElse(null);
    }

    /** What a sealed value is for: the column and the council, so it opens nowhere else. */
    private static String purpose(String column, long authorityId) {
        return "inbox_mailbox." + column + ":" + authorityId;
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
