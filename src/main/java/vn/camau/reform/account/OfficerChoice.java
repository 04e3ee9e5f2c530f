package vn.camau.reform.account;

/** An officer-register record an account may be linked to. */
public record OfficerChoice(long id, String code, String fullName, long unitId, String unitName, String position) {

    public String label() {
        return code + " – " + fullName + " (" + unitName + ")";
    }
}
