package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.camau.reform.ingest.query.ImportLookupQuery;
import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.ingest.query.ImportLookupQuery.StoredOfficer;
import vn.camau.reform.ingest.repository.CatalogImportRepository;
import vn.camau.reform.security.UnitScope;

/**
 * Officers from a file, matched by code, placed in units in force today inside the administrator's
 * scope. An officer stored in a unit outside that scope cannot be changed from here. The manager
 * may be a row of the same file (above or below) or an officer already stored in scope; a column
 * the file does not have keeps what is stored.
 */
@Component
class OfficerImport implements ImportType<OfficerImport.Item> {

    static final String CODE = "code";
    static final String FULL_NAME = "fullName";
    static final String UNIT_CODE = "unitCode";
    static final String POSITION = "position";
    static final String ONE_STOP_DESK = "oneStopDesk";
    static final String ACTIVE = "active";
    static final String MANAGER_CODE = "managerCode";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(ImportKind.OFFICERS, CODE, "CB-32002-001"),
            ImportColumn.required(ImportKind.OFFICERS, FULL_NAME, "Nguyễn Thị Mai"),
            ImportColumn.required(ImportKind.OFFICERS, UNIT_CODE, "32002"),
            ImportColumn.required(ImportKind.OFFICERS, POSITION, "Công chức Văn phòng – Thống kê"),
            ImportColumn.optional(ImportKind.OFFICERS, ONE_STOP_DESK, "có"),
            ImportColumn.optional(ImportKind.OFFICERS, ACTIVE, "có"),
            ImportColumn.optional(ImportKind.OFFICERS, MANAGER_CODE, ""));

    record Item(OfficerEntry entry, boolean stored, boolean changed, boolean managerChanged) {
    }

    /** A manager named by a row, not found among stored officers when the row was read. */
    private record PendingManager(int row, String code, String managerCode) {
    }

    private final ImportLookupQuery lookup;
    private final CatalogImportRepository repository;

    OfficerImport(ImportLookupQuery lookup, CatalogImportRepository repository) {
        this.lookup = lookup;
        this.repository = repository;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OFFICERS;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Batch<Item> start(UnitScope scope, IntakeErrors errors) {
        return new OfficerBatch(scope, errors);
    }

    private final class OfficerBatch implements Batch<Item> {
        private final UnitScope scope;
        private final IntakeErrors errors;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<PendingManager> pending = new ArrayList<>();
        /** Officer code → manager code (null: none), for the rows whose link changes. */
        private final Map<String, String> links = new LinkedHashMap<>();
        private ImportCounts planned = ImportCounts.NONE;

        OfficerBatch(UnitScope scope, IntakeErrors errors) {
            this.scope = scope;
            this.errors = errors;
        }

        @Override
        public List<Item> read(List<TextRecord> chunk) {
            Set<String> officerCodes = new HashSet<>();
            Set<String> unitCodes = new HashSet<>();
            for (TextRecord r : chunk) {
                addIfPresent(officerCodes, r.text(CODE));
                addIfPresent(officerCodes, r.text(MANAGER_CODE));
                addIfPresent(unitCodes, r.text(UNIT_CODE));
            }
            Map<String, StoredOfficer> stored = officerCodes.isEmpty() ? Map.of() : lookup.officers(officerCodes);
            Map<String, UnitRef> units = unitCodes.isEmpty() ? Map.of() : lookup.currentUnits(unitCodes);
            List<Item> items = new ArrayList<>(chunk.size());
            for (TextRecord r : chunk) {
                int before = errors.count();
                OfficerEntry entry = read(r, stored, units);
                if (entry != null && errors.count() == before) {
                    StoredOfficer old = stored.get(entry.code());
                    boolean managerChanged = old == null ? entry.managerCode() != null
                            : !Objects.equals(old.entry().managerCode(), entry.managerCode());
                    Item item = new Item(entry, old != null, old == null || !entry.equals(old.entry()),
                            managerChanged);
                    planned = planned.plus(count(item));
                    items.add(item);
                }
            }
            return items;
        }

        private OfficerEntry read(TextRecord r, Map<String, StoredOfficer> stored, Map<String, UnitRef> units) {
            String code = r.requiredCode(CODE, 40);
            StoredOfficer old = null;
            if (code != null) {
                Integer first = seen.putIfAbsent(code, r.index());
                if (first != null) {
                    r.error(CODE, "intake.error.duplicateCode", code, first);
                }
                old = stored.get(code);
                if (old != null && !scope.includes(old.unitPath())) {
                    r.error(CODE, "import.error.officerOutOfScope", code);
                    old = null;
                }
            }
            String name = r.requiredText(FULL_NAME, 200);
            String unitCode = r.requiredCode(UNIT_CODE, 20);
            UnitRef unit = unitCode == null ? null : units.get(unitCode);
            if (unitCode != null && unit == null) {
                r.error(UNIT_CODE, "import.error.unknownCurrentUnit", unitCode);
            } else if (unit != null && !scope.includes(unit.path())) {
                r.error(UNIT_CODE, "intake.error.unitOutOfScope", unitCode);
            }
            String position = r.requiredText(POSITION, 200);
            boolean desk = ProcedureImport.flag(r, ONE_STOP_DESK, old != null && old.entry().oneStopDesk());
            boolean active = ProcedureImport.flag(r, ACTIVE, old == null || old.entry().active());
            String manager = r.has(MANAGER_CODE) ? r.optionalCode(MANAGER_CODE, 40)
                    : old == null ? null : old.entry().managerCode();
            if (manager != null && manager.equals(code)) {
                r.error(MANAGER_CODE, "import.error.ownManager");
            } else if (manager != null && r.has(MANAGER_CODE)) {
                StoredOfficer m = stored.get(manager);
                if (m == null || !scope.includes(m.unitPath())) {
                    // perhaps a row of this file: decided at its end
                    pending.add(new PendingManager(r.index(), code, manager));
                }
            }
            if (code == null || name == null || unit == null || position == null) {
                return null;
            }
            return new OfficerEntry(code, name, unit.id(), position, desk, active, manager);
        }

        @Override
        public void endOfFile() {
            for (PendingManager p : pending) {
                if (!seen.containsKey(p.managerCode())) {
                    errors.add(RecordKind.ROW, p.row(), MANAGER_CODE, "intake.error.unknownOfficer", p.managerCode());
                }
            }
        }

        @Override
        public ImportCounts planned() {
            return planned;
        }

        @Override
        public ImportCounts write(List<Item> items) {
            repository.upsertOfficers(items.stream().filter(Item::changed).map(Item::entry).toList());
            items.stream().filter(Item::managerChanged).forEach(i -> links.put(i.entry().code(),
                    i.entry().managerCode()));
            return items.stream().map(OfficerImport::count).reduce(ImportCounts.NONE, ImportCounts::plus);
        }

        @Override
        public void finish() {
            repository.linkManagers(links);
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static ImportCounts count(Item item) {
        if (!item.stored()) {
            return new ImportCounts(1, 0, 0);
        }
        return item.changed() ? new ImportCounts(0, 1, 0) : new ImportCounts(0, 0, 1);
    }
}
