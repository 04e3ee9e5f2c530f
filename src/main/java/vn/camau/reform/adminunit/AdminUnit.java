package vn.camau.reform.adminunit;

import java.time.LocalDate;

/**
 * An administrative unit or agency at some period. Codes are reused across the July 2025
 * reorganisation, so {@link #id} (not the code) names one unit over time.
 *
 * @param kindLabel  the unit's own word for its kind (Phường, Xã, Huyện, Sở…)
 * @param validTo    last day of a former unit (30/06/2025), null while it exists
 * @param formerProvinceName the province a former unit belonged to (Bạc Liêu or Cà Mau)
 * @param childCount units directly below it
 */
public record AdminUnit(long id, String code, String name, UnitLevel level, String kindLabel, Long parentId,
                        LocalDate validFrom, LocalDate validTo, String formerProvinceName, int childCount) {

    public boolean isFormer() {
        return validTo != null;
    }
}
