package org.redress.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redress.platform.BearerTokens;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Named API tokens a member of staff makes for scripts and integrations. A token acts as its owner, with their
 * roles and scope as they are when it is used. Only a SHA-256 hash is kept, so a token is shown once, at creation.
 */
@Component
public class ApiTokens implements BearerTokens {

    static final String PREFIX = "rdr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Clock clock;

    ApiTokens(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record Token(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {
        public boolean usable(Instant now) {
            return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    /** Makes a token and returns it; this is the only time it can be read. */
    public String create(StaffUser owner, String name, Duration lifetime) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InvalidInput("name", "Enter a name for the token, such as what will use it");
        }
        if (cleanName.length() > 100 || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("name", "Name must be 100 characters or fewer, on one line");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Rows.insert(db.sql("""
                insert into api_token (authority_id, staff_id, name, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(owner.authorityId(), owner.staffId(), cleanName, hash(token), Timestamp.from(now),
                        Timestamp.from(now.plus(lifetime))));
        return token;
    }

    public List<Token> of(StaffUser owner) {
        return db.sql("select * from api_token where staff_id = ? and authority_id = ? order by created_at desc, id desc")
                .params(owner.staffId(), owner.authorityId())
                .query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    public void revoke(StaffUser owner, long tokenId) {
        int rows = db.sql("update api_token set revoked_at = coalesce(revoked_at, ?) where id = ? and staff_id = ?")
                .params(Timestamp.from(clock.instant()), tokenId, owner.staffId()).update();
        if (rows == 0) {
            throw new NotFound("API token " + tokenId);
        }
    }

    /** How stale the "last used" time of a token may be. */
    static final java.time.Duration LAST_USED_RESOLUTION = java.time.Duration.ofMinutes(1);

    @Override
    public Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // The token, its owner and their roles in one read: a row per role, or one with no role for an owner with none.
        Optional<Found> found = db.sql("""
                select t.id as token_id, t.last_used_at, s.*, a.suspended, r.role from api_token t
                join staff s on s.id = t.staff_id
                join authority a on a.id = s.authority_id
                left join staff_role r on r.staff_id = s.id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)""")
                .params(hash(token), Timestamp.from(now))
                .query(ApiTokens::found);
        if (found.isEmpty() || !found.get().owner().isEnabled()) {
            return Optional.empty();
        }
        StaffUser owner = found.get().owner();
        // "Last used" to the minute: a write (and a commit waiting on the disk) on every request would make a busy
        // integration's requests queue on the token's row.
        Instant lastUsed = found.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            db.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), found.get().tokenId(), Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
                    .update();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
    }

    private record Found(long tokenId, Instant lastUsedAt, StaffUser owner) {
    }

    private static Optional<Found> found(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        long tokenId = rs.getLong("token_id");
        Instant lastUsed = instant(rs.getTimestamp("last_used_at"));
        return Optional.of(new Found(tokenId, lastUsed, StaffAccounts.signedInFromRows(rs)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
