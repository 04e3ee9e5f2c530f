package vn.camau.reform.base;

import java.util.Arrays;

/**
 * A request the rules refuse (bad input, a forbidden transition). Carries a translation key and its
 * arguments so each screen says it in the user's language; nothing has been saved when it is thrown.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
