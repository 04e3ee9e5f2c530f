package vn.camau.reform.notification;

/** A user who receives notifications, with what their scope and e-mail are. */
public record Recipient(long userId, String username, String fullName, String email, long unitId,
                        String unitPath, String locale) {
}
