package vn.camau.reform.evaluation.sheet;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's classification list for its records, in Vietnamese whatever the reader's language: the
 * unit, the period, the decree, one line per officer, and the head's signature block.
 *
 * @param period    e.g. "Quý 3/2026"
 * @param decree    the rules' name, e.g. "Nghị định 335/2025/NĐ-CP"
 * @param issuedOn  the date under the title
 * @param signer    the signature block's title, e.g. "THỦ TRƯỞNG ĐƠN VỊ"
 */
public record ClassificationSheet(String unitName, String period, String decree, LocalDate issuedOn, String signer,
                                  List<Line> lines) {

    public ClassificationSheet {
        lines = List.copyOf(lines);
    }

    /** One officer: the level and score as they should read, empty while not approved. */
    public record Line(String officer, String position, String level, String score) {
    }
}
