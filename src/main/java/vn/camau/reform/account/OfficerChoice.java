package vn.camau.reform.account;

/** An officer-register record an account may be linked to. */
public record OfficerChoice(long id, String code, String fullName, long unitId, String unitName, String position) {

    /** The record an account is already linked to, known by its label only. */
    public static OfficerChoice linked(long id, String label) {
        return new OfficerChoice(id, "", label, 0, "", "");
    }

    public String label() {
        return code.isEmpty() ? fullName : code + " – " + fullName + " (" + unitName + ")";
    }
}
