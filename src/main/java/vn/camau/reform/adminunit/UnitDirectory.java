package vn.camau.reform.adminunit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.camau.reform.adminunit.query.ReportUnitQuery;
import vn.camau.reform.base.db.ReadOnlyTransactionMemo;

/**
 * Every unit with its reporting place, kept between calls: every indicator screen needs the whole
 * list (a few hundred rows) to check the focus, fold stat units into rows and name them, and reading
 * and mapping it anew was a good part of a drill-down's time. Units change by migration or an
 * administrator's rare edit; a new or removed unit is seen on the next call (the count and the
 * highest id are checked every time, one index read), an edited one within a minute.
 */
@Component
class UnitDirectory {

    private static final long MAX_AGE_SECONDS = 60;

    private record Snapshot(Map<Long, ReportUnit> units, ReportUnitQuery.UnitSignature signature, Instant readAt) {
    }

    private final ReportUnitQuery catalog;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    UnitDirectory(ReportUnitQuery catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every unit keyed by id; read-only. */
    Map<Long, ReportUnit> all() {
        ReportUnitQuery.UnitSignature signature = ReadOnlyTransactionMemo.get(ReportUnitQuery.UnitSignature.class,
                catalog::unitSignature);
        Instant now = clock.instant();
        Snapshot current = snapshot.get();
        if (current == null || !current.signature().equals(signature)
                || current.readAt().plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
            Map<Long, ReportUnit> units = catalog.reportUnits().stream()
                    .collect(Collectors.toUnmodifiableMap(ReportUnit::id, Function.identity()));
            current = new Snapshot(units, signature, now);
            snapshot.set(current);
        }
        return current.units();
    }
}
