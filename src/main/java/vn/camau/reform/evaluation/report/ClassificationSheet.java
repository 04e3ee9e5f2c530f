package vn.camau.reform.evaluation.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the unit's classification list states, already in words: the unit, the period, the decree,
 * and one line per officer with the level approved (or proposed, while not yet approved).
 */
public record ClassificationSheet(String unitName, String periodLabel, String decreeName, LocalDate madeOn,
                                  List<Line> lines) {

    public ClassificationSheet {
        lines = List.copyOf(lines);
    }

    /** One officer: name, position, level in words, score ("" when the rules do not score). */
    public record Line(String officerName, String position, String level, String score) {
    }
}
