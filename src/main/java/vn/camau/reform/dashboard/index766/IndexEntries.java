package vn.camau.reform.dashboard.index766;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures entered by hand for one period, by unit and sub-indicator code. */
public final class IndexEntries {

    public static final IndexEntries NONE = new IndexEntries(List.of());

    private final Map<Long, Map<String, IndexEntry>> byUnit;

    public IndexEntries(Collection<IndexEntry> entries) {
        this.byUnit = entries.stream().collect(Collectors.groupingBy(IndexEntry::unitId,
                Collectors.toUnmodifiableMap(IndexEntry::indicatorCode, e -> e)));
    }

    /** The unit's entries by sub-indicator code (its own, not its subtree's: a figure is a unit's). */
    public Map<String, IndexEntry> forUnit(long unitId) {
        return byUnit.getOrDefault(unitId, Map.of());
    }

    public boolean isEmpty() {
        return byUnit.isEmpty();
    }
}
