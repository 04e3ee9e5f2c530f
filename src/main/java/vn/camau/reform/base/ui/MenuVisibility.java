package vn.camau.reform.base.ui;

/**
 * Hides a navigation entry the user's roles allow but that has nothing for them ("Đánh giá của
 * tôi" for a user with no officer record). Features contribute one as a Spring bean; the layout asks
 * each time it is built. A convenience only: the screen itself still says why it is empty.
 */
public interface MenuVisibility {

    /** The route path of the entry, without a leading slash. */
    String path();

    /** Whether the signed-in user should be offered the entry. */
    boolean visible();
}
