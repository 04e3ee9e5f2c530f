package vn.camau.reform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 32 random bytes, written base64url (43 characters) so they travel in a header
 * unescaped; only their SHA-256 is stored. A plain hash suffices (no bcrypt): the secret has 256 bits
 * of entropy, so nothing can be guessed from the hash, and the lookup by hash stays one indexed read.
 */
final class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token as presented, the form kept in {@code api_token.token_hash}. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
