package vn.camau.reform.base.ui;

import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * The id a route's path carries ({@code /units/:id}, {@code /hotline/:id}): a typed URL may hold
 * anything ({@code abc}, {@code 99999999999999999999}, {@code -1}), and anything that is not an id
 * that can exist is simply "not found", answered like an id nobody may see.
 */
public final class RouteIds {

    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private RouteIds() {
    }

    public static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return parse(event.getRouteParameters().get(parameter).orElse(null));
    }

    public static Optional<Long> parse(String raw) {
        return raw != null && ID.matcher(raw).matches() ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }
}
