package vn.camau.reform.demo.generator;

import java.time.LocalDate;

import vn.camau.reform.adminunit.UnitLevel;

/**
 * A unit as the generator needs it.
 *
 * @param formerProvinceCode 95 or 96 for units that ended on 30/06/2025, else null
 */
public record DemoUnit(long id, String code, String name, UnitLevel level, String kindLabel, Long parentId,
                       LocalDate validFrom, LocalDate validTo, String formerProvinceCode) {

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean isFormer() {
        return validTo != null;
    }

    /** The prefix of this unit's dossier codes: H96.32002, H95.31813, H96.TTHCC. */
    String codePrefix() {
        if (code.contains(".")) {
            return "H" + code;
        }
        return "H" + (formerProvinceCode == null ? "96" : formerProvinceCode) + "." + code;
    }
}
