package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.camau.reform.dossier.LimitUnit;
import vn.camau.reform.ingest.query.ImportLookupQuery;
import vn.camau.reform.ingest.repository.CatalogImportRepository;
import vn.camau.reform.security.UnitScope;

/**
 * The procedure catalogue from a file, one row per procedure, matched by national code. The
 * catalogue is the whole province's, so only an administrator of the province imports it. A column
 * the file does not have keeps what is stored (a file of codes and reduced limits only changes the
 * limits); a column it has but leaves empty clears an optional value.
 */
@Component
class ProcedureImport implements ImportType<ProcedureImport.Item> {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String FIELD_CODE = "fieldCode";
    static final String LEVEL = "resolvingLevel";
    static final String STATUTORY = "statutoryLimit";
    static final String REDUCED = "reducedLimit";
    static final String TIME_UNIT = "timeUnit";
    static final String FEE = "fee";
    static final String FULLY_ONLINE = "fullyOnline";
    static final String SAME_DAY = "sameDay";
    static final String ACTIVE = "active";

    static final int MAX_LIMIT = 999;
    static final long MAX_FEE = 1_000_000_000_000L;

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required(ImportKind.PROCEDURES, CODE, "1.001193"),
            ImportColumn.required(ImportKind.PROCEDURES, NAME, "Đăng ký khai sinh"),
            ImportColumn.required(ImportKind.PROCEDURES, FIELD_CODE, "HO_TICH"),
            ImportColumn.required(ImportKind.PROCEDURES, LEVEL, "Xã"),
            ImportColumn.required(ImportKind.PROCEDURES, STATUTORY, "3"),
            ImportColumn.optional(ImportKind.PROCEDURES, REDUCED, "2"),
            ImportColumn.optional(ImportKind.PROCEDURES, TIME_UNIT, "Ngày làm việc"),
            ImportColumn.optional(ImportKind.PROCEDURES, FEE, "8.000"),
            ImportColumn.optional(ImportKind.PROCEDURES, FULLY_ONLINE, "có"),
            ImportColumn.optional(ImportKind.PROCEDURES, SAME_DAY, "không"),
            ImportColumn.optional(ImportKind.PROCEDURES, ACTIVE, "có"));

    /** A valid row: what to store, and whether it is new or changes the stored procedure. */
    record Item(ProcedureEntry entry, boolean stored, boolean changed) {
    }

    private final ImportLookupQuery lookup;
    private final CatalogImportRepository repository;

    ProcedureImport(ImportLookupQuery lookup, CatalogImportRepository repository) {
        this.lookup = lookup;
        this.repository = repository;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROCEDURES;
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<ImportProblem> refusal(UnitScope scope) {
        return lookup.isTopUnit(scope.unitId()) ? Optional.empty()
                : Optional.of(ImportProblem.of("import.file.provinceOnly"));
    }

    @Override
    public Batch<Item> start(UnitScope scope, IntakeErrors errors) {
        return new ProcedureBatch(lookup.procedureFields(), errors);
    }

    private final class ProcedureBatch implements Batch<Item> {
        private final Map<String, Long> fields;
        private final IntakeErrors errors;
        private final Map<String, Integer> seen = new HashMap<>();
        private ImportCounts planned = ImportCounts.NONE;

        ProcedureBatch(Map<String, Long> fields, IntakeErrors errors) {
            this.fields = fields;
            this.errors = errors;
        }

        @Override
        public List<Item> read(List<TextRecord> chunk) {
            Set<String> codes = new HashSet<>();
            chunk.forEach(r -> {
                if (r.text(CODE) != null) {
                    codes.add(r.text(CODE));
                }
            });
            Map<String, ProcedureEntry> stored = codes.isEmpty() ? Map.of() : lookup.procedures(codes);
            List<Item> items = new ArrayList<>(chunk.size());
            for (TextRecord r : chunk) {
                int before = errors.count();
                ProcedureEntry entry = read(r, stored);
                if (entry != null && errors.count() == before) {
                    ProcedureEntry old = stored.get(entry.code());
                    Item item = new Item(entry, old != null, !entry.equals(old));
                    planned = planned.plus(count(item));
                    items.add(item);
                }
            }
            return items;
        }

        private ProcedureEntry read(TextRecord r, Map<String, ProcedureEntry> stored) {
            String code = r.requiredCode(CODE, 40);
            if (code != null) {
                Integer first = seen.putIfAbsent(code, r.index());
                if (first != null) {
                    r.error(CODE, "intake.error.duplicateCode", code, first);
                }
            }
            ProcedureEntry old = code == null ? null : stored.get(code);
            String name = r.requiredText(NAME, 500);
            String fieldCode = r.requiredCode(FIELD_CODE, 40);
            Long fieldId = fieldCode == null ? null : fields.get(fieldCode);
            if (fieldCode != null && fieldId == null) {
                r.error(FIELD_CODE, "intake.error.unknownCode", fieldCode);
            }
            String level = Choices.LEVELS.readRequired(r, LEVEL);
            Long statutory = Choices.number(r, STATUTORY, 1, MAX_LIMIT, true);
            Long reduced = r.has(REDUCED) ? Choices.number(r, REDUCED, 1, MAX_LIMIT, false)
                    : old == null || old.reducedLimit() == null ? null : Long.valueOf(old.reducedLimit());
            if (statutory != null && reduced != null && reduced > statutory) {
                r.error(REDUCED, "import.error.reducedAboveStatutory", reduced, statutory);
            }
            String unitName = r.has(TIME_UNIT) ? Choices.TIME_UNITS.read(r, TIME_UNIT) : null;
            LimitUnit unit = unitName != null ? LimitUnit.valueOf(unitName)
                    : old == null ? LimitUnit.WORKING_DAY : old.timeUnit();
            Long fee = r.has(FEE) ? Choices.number(r, FEE, 0, MAX_FEE, false) : old == null ? null : old.fee();
            boolean online = flag(r, FULLY_ONLINE, old == null ? false : old.fullyOnline());
            boolean sameDay = flag(r, SAME_DAY, old == null ? false : old.sameDay());
            boolean active = flag(r, ACTIVE, old == null || old.active());
            if (code == null || name == null || fieldId == null || level == null || statutory == null) {
                return null;
            }
            return new ProcedureEntry(code, name, fieldId, level, statutory.intValue(),
                    reduced == null ? null : reduced.intValue(), unit, fee, online, sameDay, active);
        }

        @Override
        public ImportCounts planned() {
            return planned;
        }

        @Override
        public ImportCounts write(List<Item> items) {
            List<ProcedureEntry> writes = items.stream().filter(Item::changed).map(Item::entry).toList();
            repository.upsertProcedures(writes);
            return items.stream().map(ProcedureImport::count).reduce(ImportCounts.NONE, ImportCounts::plus);
        }
    }

    /** A yes/no cell; an empty cell or an absent column keeps the given value. */
    static boolean flag(RawRecord r, String field, boolean otherwise) {
        Boolean b = r.bool(field);
        return b == null ? otherwise : b;
    }

    private static ImportCounts count(Item item) {
        if (!item.stored()) {
            return new ImportCounts(1, 0, 0);
        }
        return item.changed() ? new ImportCounts(0, 1, 0) : new ImportCounts(0, 0, 1);
    }
}
