package vn.camau.reform.hotline;

/**
 * Who reported, as the caller may see it: in full only after a logged reveal by the assigned
 * inspector or an inspection leader; otherwise masked ("Nguyễn V. A.", "091****678").
 */
public record Reporter(boolean anonymous, String name, String phone, String email, boolean masked) {

    public static final Reporter ANONYMOUS = new Reporter(true, "", "", "", false);
}
