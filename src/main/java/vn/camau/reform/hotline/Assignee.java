package vn.camau.reform.hotline;

/** An inspector a report can be assigned to. */
public record Assignee(long userId, String fullName, String unitName) {
}
