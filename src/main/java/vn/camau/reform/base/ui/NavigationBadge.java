package vn.camau.reform.base.ui;

import java.util.Optional;

/**
 * A count shown beside a navigation entry (the number of overdue dossiers beside "Cảnh báo trễ
 * hạn"). Features contribute one as a Spring bean; the layout asks each time it is built.
 */
public interface NavigationBadge {

    /** The route path of the entry, without a leading slash. */
    String path();

    /** The badge for the signed-in user, or empty when there is nothing to show. */
    Optional<Badge> badge();

    /** @param tooltip the longer explanation ("3 quá hạn, 5 sắp đến hạn") */
    record Badge(String text, String tooltip, boolean alarm) {
    }
}
