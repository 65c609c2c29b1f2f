package io.factdeck.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one username within
 * {@link #WINDOW}, that username cannot sign in for {@link #LOCK} (even with the right password). Kept in memory:
 * a restart forgets it, and each app instance counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);
    /** Bounds the memory an attacker trying many usernames can make us use. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean isLocked(String username, Instant now) {
        Deque<Instant> recent = failures.get(username);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= MAX_FAILURES && recent.peekLast().plus(LOCK).isAfter(now);
        }
    }

    public void failed(String username, Instant now) {
        if (failures.size() >= MAX_TRACKED && !failures.containsKey(username)) {
            failures.clear(); // crude, but never unbounded
        }
        Deque<Instant> recent = failures.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().plus(WINDOW).isBefore(now)) {
            recent.removeFirst();
        }
    }
}
