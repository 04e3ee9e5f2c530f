package vn.camau.reform.security;

/**
 * The part of the unit tree a user may see: their unit and everything below it. Units carry a
 * materialised path of ids ('/1/100/'), so "below" is a prefix test that queries apply as a
 * condition ({@code path LIKE '/1/100/%'}).
 */
public record UnitScope(long unitId, String path) {

    public boolean includes(String unitPath) {
        return unitPath != null && unitPath.startsWith(path);
    }
}
