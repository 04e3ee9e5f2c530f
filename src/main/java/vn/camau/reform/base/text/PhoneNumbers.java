package vn.camau.reform.base.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as citizens write them ("0912 345 678", "+84 912.345.678",
 * "(0290) 3831 234") reduced to the national form: mobiles 0 + 9 digits (03, 05, 07, 08, 09),
 * landlines 02xx area code + 7 or 8 digits, 11 digits in all since the 2017 renumbering.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private PhoneNumbers() {
    }

    /** The national form, or empty when the text is not a Vietnamese phone number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
                ? Optional.of(digits) : Optional.empty();
    }
}
