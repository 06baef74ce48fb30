package org.redress.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code Idempotency-Key} header of creating API calls. The key's row is inserted first, in the same transaction
 * as the record the call creates and with the answer it gave, so a crash can never leave one without the other. A
 * second call with the key gets that first answer; one sent at the same moment waits on the key's unique constraint
 * and then gets it too. The same key with a different body is refused ({@link KeyReused}).
 */
@Component
public class IdempotencyKeys {

    /** The longest key accepted; a UUID is 36. */
    public static final int MAX_LENGTH = 200;

    /** How often a call whose key is held by another, uncommitted call tries again (about 5 seconds in all). */
    private static final int ATTEMPTS = 14;

    /** The answer a creating call gave: its status, what it created (a reference) and its JSON body. */
    public record Answer(int status, String resource, String body, boolean replayed) {

        public Answer(int status, String resource, String body) {
            this(status, resource, body, false);
        }
    }

    /** The key was first used with another request; nothing was done. Answered 422. */
    public static class KeyReused extends RuntimeException {

        KeyReused() {
            super("This Idempotency-Key was already used for a different request. Send a new key for a new request, "
                    + "or the same body to get the first answer again.");
        }
    }

    private record Stored(String requestHash, Answer answer) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transaction;

    IdempotencyKeys(JdbcClient db, PlatformTransactionManager transactions) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs {@code create} once per key: the first time in one transaction with the key's row, and every later time
     * returns the first answer without running it.
     *
     * @param operation what is asked, e.g. {@code "POST /api/v1/cases"}; keys are separate per operation
     * @param request   the request as read, in a stable form (its JSON); only its hash is kept
     * @throws InvalidInput if the key is blank or too long
     * @throws KeyReused    if the key was used with a different request
     */
    public Answer once(long authorityId, String operation, String key, String request, Supplier<Answer> create) {
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "Send a key of 1 to " + MAX_LENGTH + " characters, such as a UUID");
        }
        String hash = sha256(request);
        Optional<Answer> before = find(authorityId, operation, key, hash);
        if (before.isPresent()) {
            return before.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    long id = Rows.insert(db.sql("""
                            insert into idempotency_key (authority_id, idempotency_key, operation, request_hash)
                            values (?, ?, ?, ?)""").params(authorityId, key, operation, hash));
                    Answer answer = create.get();
                    db.sql("update idempotency_key set response_status = ?, resource = ?, response_body = ? where id = ?")
                            .params(answer.status(), answer.resource(), answer.body(), id).update();
                    return answer;
                });
            } catch (DataIntegrityViolationException | ConcurrencyFailureException sentTwiceAtOnce) {
                // Another call held the key and has committed: its answer is this call's answer too. If nothing is
                // there, the other call rolled back or the clash was elsewhere (a lock timeout): try again.
                Optional<Answer> first = find(authorityId, operation, key, hash);
                if (first.isPresent()) {
                    return first.get();
                }
                if (attempt == ATTEMPTS) {
                    throw sentTwiceAtOnce;
                }
                sleep(attempt);
            }
        }
    }

    private Optional<Answer> find(long authorityId, String operation, String key, String hash) {
        Optional<Stored> stored = db.sql("""
                select request_hash, response_status, resource, response_body from idempotency_key
                where authority_id = ? and operation = ? and idempotency_key = ?""")
                .params(authorityId, operation, key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), new Answer(rs.getInt("response_status"),
                        rs.getString("resource"), rs.getString("response_body"), true)))
                .optional();
        if (stored.isPresent() && !stored.get().requestHash().equals(hash)) {
            throw new KeyReused();
        }
        return stored.map(Stored::answer);
    }

    private static String sha256(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
