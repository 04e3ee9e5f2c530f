package vn.camau.reform.base.ui;

/**
 * Leaves a navigation entry out for the signed-in user when it would only repeat another one (a
 * leader's home is the overview: "Tổng quan" and "Theo dõi hồ sơ" would be the same page). Features
 * contribute one as a Spring bean; a hidden entry is a convenience, never a permission.
 */
public interface MenuEntryFilter {

    /** @param path the entry's route path, without a leading slash */
    boolean hides(String path);
}
