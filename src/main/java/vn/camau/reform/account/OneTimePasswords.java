package vn.camau.reform.account;

import java.security.SecureRandom;

/**
 * One-time passwords people can read aloud and type: 16 characters from an alphabet without the
 * look-alikes (0/O, 1/l/I), in groups of four ("k7pm-x3qd-…"), about 80 bits of randomness.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder s = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
