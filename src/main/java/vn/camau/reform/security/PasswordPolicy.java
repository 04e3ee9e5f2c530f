package vn.camau.reform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.TextRules;

/**
 * The rules a chosen password must meet, each refused with its own message: at least 12
 * characters; at most 72 bytes (bcrypt reads no further, and Spring's encoder refuses longer);
 * no control characters; not the user name; not in the list of common passwords shipped with the
 * application ({@code common-passwords.txt}, compared without case and spaces).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses the password with the first rule it breaks. */
    public void check(String username, String password) {
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            throw new BusinessRuleException("password.error.tooShort", MIN_LENGTH);
        }
        if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessRuleException("password.error.tooLong", MAX_BYTES);
        }
        if (TextRules.firstForbidden(p, false) >= 0) {
            throw new BusinessRuleException("password.error.badCharacter");
        }
        String folded = fold(p);
        if (username != null && folded.equals(fold(username))) {
            throw new BusinessRuleException("password.error.isUsername");
        }
        if (common.contains(folded)) {
            throw new BusinessRuleException("password.error.common");
        }
    }

    boolean isCommon(String password) {
        return common.contains(fold(password));
    }

    private static String fold(String text) {
        return text.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(fold(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
