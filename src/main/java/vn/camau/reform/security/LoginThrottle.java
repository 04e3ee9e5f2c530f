package vn.camau.reform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address and per name in fixed windows, and refuses further
 * attempts once either count is reached, before any password is checked: bcrypt is slow on purpose,
 * and 25 guesses a second with made-up names used to slow every other caller down to 700 ms.
 *
 * <p>Kept in memory, per application node (with N nodes a guesser gets N times the allowance); the
 * account lock-out itself lives in the database and is shared.
 */
@Component
class LoginThrottle {

    /** Past this many tracked keys the expired ones are swept; past twice as many, all are dropped. */
    private static final int SWEEP_AT = 50_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> clients = new ConcurrentHashMap<>();
    private final Map<String, Window> names = new ConcurrentHashMap<>();
    private final LoginPolicy policy;
    private final Clock clock;

    LoginThrottle(LoginPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the client or the name must wait; zero when it may try. */
    Duration waitFor(String client, String name) {
        Instant now = clock.instant();
        Duration byClient = wait(clients.get(client), policy.clientMaxFailures(), now);
        Duration byName = wait(names.get(name), policy.nameMaxFailures(), now);
        return byClient.compareTo(byName) >= 0 ? byClient : byName;
    }

    void failed(String client, String name) {
        Instant now = clock.instant();
        count(clients, client, now);
        count(names, name, now);
    }

    /** A right password clears the name's count (not the client's: one good account proves nothing). */
    void succeeded(String name) {
        names.remove(name);
    }

    /** Forgets a name's failures, as an administrator's unlock of that account does. */
    void forget(String name) {
        names.remove(name);
    }

    private Duration wait(Window w, int limit, Instant now) {
        if (w == null || w.failures() < limit) {
            return Duration.ZERO;
        }
        Instant end = w.start().plus(policy.throttleWindow());
        return end.isAfter(now) ? Duration.between(now, end) : Duration.ZERO;
    }

    private void count(Map<String, Window> windows, String key, Instant now) {
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> expired(w, now));
            if (windows.size() > 2 * SWEEP_AT) {
                windows.clear();
            }
        }
        windows.compute(key, (k, w) -> w == null || expired(w, now) ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
    }

    private boolean expired(Window w, Instant now) {
        return !w.start().plus(policy.throttleWindow()).isAfter(now);
    }
}
