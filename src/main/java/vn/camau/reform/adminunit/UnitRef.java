package vn.camau.reform.adminunit;

/**
 * A unit as another feature names it: the one small reference to a unit (who a hotline report is about,
 * the agency at fault in an apology, the unit an imported officer is placed in). The path places it in
 * the tree for the scope check; the level says how it is addressed (a commune's chair, an agency's
 * director).
 *
 * @param level null only for a unit known by name alone (a recorded choice no longer offered)
 */
public record UnitRef(long id, String name, UnitLevel level, String path) {
}
