package org.redress.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How many times each client did something in the last hour, in memory. Enough to stop one machine flooding the
 * form; each instance counts on its own, so with several instances the limit is per instance.
 */
@Component
class RateLimiter {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 50_000;

    /** One counted attempt: when, and how much it counted for (1, or its files or bytes). */
    private record Hit(Instant at, long amount) {
    }

    private final Map<String, Deque<Hit>> seen = new LinkedHashMap<>();

    /** Records an attempt and says whether it is within {@code perHour}; a refused attempt is not counted. */
    boolean allow(String action, String client, int perHour, Instant now) {
        return allow(action, client, perHour, now, 1);
    }

    /**
     * Records an attempt counting {@code amount} (files, bytes) and says whether the hour's total stays within
     * {@code perHour}; a refused attempt is not counted.
     */
    synchronized boolean allow(String action, String client, long perHour, Instant now, long amount) {
        String key = action + " " + client;
        Deque<Hit> hits = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant cutoff = now.minus(WINDOW);
        while (!hits.isEmpty() && !hits.peekFirst().at().isAfter(cutoff)) {
            hits.pollFirst();
        }
        long used = hits.stream().mapToLong(Hit::amount).sum();
        if (used + amount > perHour) {
            return false;
        }
        hits.addLast(new Hit(now, amount));
        if (seen.size() > MAX_CLIENTS) {
            forgetIdle(cutoff);
        }
        return true;
    }

    private void forgetIdle(Instant cutoff) {
        Iterator<Map.Entry<String, Deque<Hit>>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            Deque<Hit> hits = it.next().getValue();
            if (hits.isEmpty() || !hits.peekLast().at().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
