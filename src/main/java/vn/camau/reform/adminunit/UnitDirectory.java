package vn.camau.reform.adminunit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.camau.reform.adminunit.query.ReportUnitQuery;
import vn.camau.reform.base.db.ReadOnlyTransactionMemo;
import vn.camau.reform.base.repository.ClosedFigures;

/**
 * Every unit with its reporting place, kept between calls: every indicator screen needs the whole
 * list (a few hundred rows) to check the focus, fold stat units into rows and name them, and reading
 * and mapping it anew was a good part of a drill-down's time. Units change by migration or an
 * administrator's rare edit; a new or removed unit is seen on the next call (the count and the
 * highest id are checked, one index read), an edited one within a minute.
 *
 * <p>In a read-only transaction, the check is skipped while the running figures' version (which such a
 * request reads anyway, {@link ClosedFigures#running()}) is the one the list was last checked under: every
 * write of {@code admin_unit} raises it ({@code FigureWrites}), so an unchanged version means no unit added
 * or removed since that check. A changed version (any figure's write) checks again, as every call did.
 */
@Component
class UnitDirectory {

    private static final long MAX_AGE_SECONDS = 60;

    /**
     * @param checkedUnder the running figures' version read before the signature was last checked, in the
     *                     same read-only transaction; null when checked outside one
     */
    private record Snapshot(Map<Long, ReportUnit> units, ReportUnitQuery.UnitSignature signature, Instant readAt,
                            ClosedFigures.Generation checkedUnder) {
    }

    private final ReportUnitQuery catalog;
    private final ClosedFigures closedFigures;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    UnitDirectory(ReportUnitQuery catalog, ClosedFigures closedFigures, Clock clock) {
        this.catalog = catalog;
        this.closedFigures = closedFigures;
        this.clock = clock;
    }

    /** Every unit keyed by id; read-only. */
    Map<Long, ReportUnit> all() {
        Instant now = clock.instant();
        Snapshot current = snapshot.get();
        ClosedFigures.Generation version = readOnly() ? closedFigures.running() : null;
        if (version != null && current != null && version.equals(current.checkedUnder())
                && !current.readAt().plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
            return current.units();
        }
        ReportUnitQuery.UnitSignature signature = ReadOnlyTransactionMemo.get(ReportUnitQuery.UnitSignature.class,
                catalog::unitSignature);
        if (current == null || !current.signature().equals(signature)
                || current.readAt().plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
            Map<Long, ReportUnit> units = catalog.reportUnits().stream()
                    .collect(Collectors.toUnmodifiableMap(ReportUnit::id, Function.identity()));
            snapshot.set(new Snapshot(units, signature, now, version));
            return units;
        }
        if (version != null && !version.equals(current.checkedUnder())) {
            // checked under this version now: the next request under it skips the check
            snapshot.compareAndSet(current, new Snapshot(current.units(), signature, current.readAt(), version));
        }
        return current.units();
    }

    private static boolean readOnly() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
