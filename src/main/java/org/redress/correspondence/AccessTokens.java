package org.redress.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLException;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 access tokens for reading a mailbox with XOAUTH2, from the client credentials flow (what Microsoft 365
 * offers an application that reads a mailbox with no one signed in). A token is reused until shortly before it
 * expires, so a poll every minute asks the identity provider about once an hour.
 */
@Component
class AccessTokens {

    /** A token is renewed this long before it expires (or at half its life, if that is sooner). */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    /** The identity provider could not be reached or refused the client; the message says which, plainly. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private record Token(String value, Instant renewAt) {
    }

    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;
    private final Clock clock;

    AccessTokens(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** A token for the client: the cached one while it has time left, else a new one from the token endpoint. */
    String token(Mailbox.OAuthClient client) {
        String key = key(client);
        Token cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.renewAt())) {
            return cached.value();
        }
        Token fresh = request(client, now);
        cache.put(key, fresh);
        return fresh.value();
    }

    /** Forgets the client's token, so the next connection asks for a new one (after the server refused it). */
    void forget(Mailbox.OAuthClient client) {
        cache.remove(key(client));
    }

    private Token request(Mailbox.OAuthClient client, Instant now) {
        URI endpoint = URI.create(client.tokenUrl());
        String form = "grant_type=client_credentials&client_id=" + encode(client.clientId()) + "&client_secret="
                + encode(client.clientSecret()) + "&scope=" + encode(client.scope());
        HttpResponse<InputStream> response;
        String body;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new Refused("Could not reach the token endpoint " + endpoint.getHost() + ": " + why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Stopped while asking " + endpoint.getHost() + " for a token");
        }
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (RuntimeException e) {
            throw new Refused("The token endpoint " + endpoint.getHost() + " answered " + response.statusCode()
                    + " with something that is not JSON: check the token URL");
        }
        if (response.statusCode() != 200 || !answer.path("access_token").isString()) {
            String error = answer.path("error").asString("");
            String description = answer.path("error_description").asString("");
            // Microsoft puts a trace id and timestamp after the first line; the first line says what is wrong.
            description = description.lines().findFirst().orElse("");
            throw new Refused("The token endpoint " + endpoint.getHost() + " refused the client credentials ("
                    + response.statusCode() + (error.isEmpty() ? "" : " " + error) + ")"
                    + (description.isEmpty() ? "" : ": " + bound(description, 300)));
        }
        long expiresIn = Math.max(0, Math.min(answer.path("expires_in").asLong(3600), Duration.ofDays(1).toSeconds()));
        Duration margin = RENEW_BEFORE.compareTo(Duration.ofSeconds(expiresIn / 2)) < 0
                ? RENEW_BEFORE : Duration.ofSeconds(expiresIn / 2);
        return new Token(answer.path("access_token").asString(), now.plusSeconds(expiresIn).minus(margin));
    }

    /** Why the token endpoint could not be reached, in words (Java's own message is often empty). */
    private static String why(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "no such host, check the token URL";
            }
            if (cause instanceof SSLException) {
                return "could not start a secure (TLS) connection";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "no answer in time";
            }
            if (cause instanceof ConnectException) {
                return "it is unreachable or refused the connection";
            }
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static String key(Mailbox.OAuthClient client) {
        try {
            // The secret is part of the key, so saving a new secret asks for a new token; hashed, not kept twice.
            byte[] secret = MessageDigest.getInstance("SHA-256")
                    .digest(client.clientSecret().getBytes(StandardCharsets.UTF_8));
            return client.tokenUrl() + " " + client.clientId() + " " + client.scope() + " "
                    + HexFormat.of().formatHex(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String bound(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
