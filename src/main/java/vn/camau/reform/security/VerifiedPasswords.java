package vn.camau.reform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Name and password pairs that bcrypt accepted a moment ago, so that an API client sending HTTP Basic
 * on every request costs one bcrypt every few minutes rather than one a request. Only a keyed hash
 * of the pair is held (the key is random and lives in this process only), next to the stored
 * password hash it matched: a changed password no longer matches, and an entry expires after
 * {@link LoginPolicy#verifiedPasswordTtl()}.
 */
@Component
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final LoginPolicy policy;
    private final Clock clock;

    VerifiedPasswords(LoginPolicy policy, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.policy = policy;
        this.clock = clock;
    }

    boolean contains(String name, String password, String storedHash) {
        Entry e = entries.get(fingerprint(name, password));
        return e != null && e.storedHash().equals(storedHash) && e.expires().isAfter(clock.instant());
    }

    void remember(String name, String password, String storedHash) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(name, password), new Entry(storedHash, now.plus(policy.verifiedPasswordTtl())));
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
