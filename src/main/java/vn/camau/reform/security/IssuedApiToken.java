package vn.camau.reform.security;

/**
 * A token just issued: {@code token} is the only copy of the secret there will ever be, to be shown
 * once and then forgotten.
 */
public record IssuedApiToken(ApiToken details, String token) {

    @Override
    public String toString() {
        // keep the secret out of logs and debugger summaries
        return "IssuedApiToken[" + details + ", token=***]";
    }
}
