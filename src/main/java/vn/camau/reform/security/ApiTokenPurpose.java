package vn.camau.reform.security;

/** What a machine may do with an API token; stored in {@code api_token.purpose}. */
public enum ApiTokenPurpose {
    /** Reads the indicators and dossiers API (the province's operations centre, dashboards). */
    READ,
    /** One-stop systems sending dossiers in; such a token may not read the indicators API. */
    INTAKE;

    /** The extra authority a request made with such a token carries, next to its user's roles. */
    public String authority() {
        return "API_TOKEN_" + name();
    }

    public String labelKey() {
        return "apiToken.purpose." + name();
    }
}
