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

    private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>();

    /** Records an attempt and says whether it is within {@code perHour}; a refused attempt is not counted. */
    synchronized boolean allow(String action, String client, int perHour, Instant now) {
        String key = action + " " + client;
        Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            return false;
        }
        times.addLast(now);
        if (seen.size() > MAX_CLIENTS) {
            forgetIdle(cutoff);
        }
        return true;
    }

    private void forgetIdle(Instant cutoff) {
        Iterator<Map.Entry<String, Deque<Instant>>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            Deque<Instant> times = it.next().getValue();
            if (times.isEmpty() || !times.peekLast().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
