package vn.camau.reform.adminunit;

import java.time.LocalDate;

/**
 * A unit as the indicators see it: where it sits in the tree it belonged to ({@code path}) and
 * where its figures are shown today ({@code reportUnitId}, {@code reportPath}).
 */
public record ReportUnit(long id, String code, String name, String kindLabel, UnitLevel level, Long parentId,
                         String path, long reportUnitId, String reportPath, LocalDate validTo,
                         int sortOrder) {

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
