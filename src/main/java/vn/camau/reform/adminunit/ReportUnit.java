package vn.camau.reform.adminunit;

import java.time.LocalDate;

/**
 * An administrative unit or agency at some period, the one record of a unit in the application: the
 * unit tree's rows and details, the units a user may open, and the indicators' placement all read it.
 * Codes are reused across the July 2025 reorganisation, so {@link #id} (not the code) names one unit over
 * time. Other features that only name a unit carry the smaller {@link UnitRef} ({@link #ref()}).
 *
 * @param kindLabel    the unit's own word for its kind (Phường, Xã, Huyện, Sở…)
 * @param path         where it sits in the tree it belonged to ({@code /1/17/230/})
 * @param reportUnitId the unit its figures are shown under today (itself for a current unit)
 * @param reportPath   that unit's path: what the scope is checked against
 * @param validFrom    first day of a unit created by the reorganisation (01/07/2025), null otherwise
 * @param validTo      last day of a former unit (30/06/2025), null while it exists
 * @param formerProvinceName the province a former unit belonged to (Bạc Liêu or Cà Mau)
 * @param childCount   units directly below it, current and former
 */
public record ReportUnit(long id, String code, String name, String kindLabel, UnitLevel level, Long parentId,
                         String path, long reportUnitId, String reportPath, LocalDate validFrom, LocalDate validTo,
                         String formerProvinceName, int sortOrder, int childCount) {

    /**
     * A unit known only by its id and name: a recorded choice no longer offered, kept in a picker as it
     * was named. It has no code, which is how a picker tells it from a unit it offers.
     */
    public static ReportUnit knownByName(long id, String name) {
        return new ReportUnit(id, "", name, "", null, null, "", id, "", null, null, null, 0, 0);
    }

    /** The unit as other features name it. */
    public UnitRef ref() {
        return new UnitRef(id, name, level, reportPath);
    }

    public boolean isFormer() {
        return validTo != null;
    }

    /** The path that places this unit in the given structure. */
    public String pathIn(UnitStructure structure) {
        return structure == UnitStructure.CURRENT ? reportPath : path;
    }
}
