package vn.camau.reform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.demo.generator.DemoGenerator;
import vn.camau.reform.demo.query.DemoReferenceQuery;
import vn.camau.reform.demo.repository.DemoDataRepository;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.repository.DossierBulkLoader;

/**
 * Fills an empty database with deterministic demo data: officers of every unit, dossiers from 2023 to
 * today with their events, and the summary counters. Generation and loading run side by side: one
 * thread generates and encodes the next chunk while the caller's thread loads the previous one, which
 * keeps both of the machine's cores busy.
 *
 * <p>Counters are not upserted chunk by chunk: every dossier's facts are added to one {@link StatBatch}
 * in memory, written once at the end, so each summary row is written once. Until that last step the
 * counters lag the dossiers, which is why the marker row says LOADING until then.
 */
@Service
public class DemoDataService {

    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);
    private static final int CHUNK = 10_000;
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final DemoReferenceQuery reference;
    private final DemoDataRepository repository;
    private final DossierBulkLoader loader;
    private final CalendarService calendar;
    private final DemoProperties properties;
    private final Clock clock;

    DemoDataService(DemoReferenceQuery reference, DemoDataRepository repository, DossierBulkLoader loader,
                    CalendarService calendar, DemoProperties properties, ObjectProvider<Clock> clock) {
        this.reference = reference;
        this.repository = repository;
        this.loader = loader;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Loads the demo unless dossiers are there already. Safe when several instances start at once: the
     * first takes a database lock and loads, the others wait for it and then find the dossiers. A load
     * that died half-way (marker still LOADING) is cleared and done again.
     *
     * @return the report, or empty when nothing was loaded
     */
    public Optional<DemoLoadReport> loadIfEmpty() {
        Optional<Optional<DemoLoadReport>> outcome = repository.withLoadLock(LOCK_WAIT, () -> {
            boolean interrupted = repository.marker().filter(m -> m.startsWith("LOADING")).isPresent();
            if (interrupted) {
                log.warn("A demo data load was interrupted; removing its partial data and loading again");
                repository.deletePartialLoad();
            } else if (repository.hasDossiers()) {
                log.info("Dossiers exist already: no demo data loaded");
                return Optional.empty();
            }
            return Optional.of(load(properties.dossiers(), properties.seed()));
        });
        if (outcome.isEmpty()) {
            log.warn("Another instance held the demo load lock for {}; no demo data loaded here", LOCK_WAIT);
            return Optional.empty();
        }
        return outcome.get();
    }

    /** The generator this service would use now, for tests and tools: nothing is written. */
    public DemoGenerator generator(int size, long seed, LocalDateTime now) {
        return new DemoGenerator(reference.load(), calendar.calendar(), seed, size, now,
                repository.nextOfficerId(), repository.nextDossierId());
    }

    /** Generates and writes {@code size} dossiers into a database that has none. */
    DemoLoadReport load(int size, long seed) {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        repository.setMarker("LOADING size=" + size + " seed=" + seed + " now=" + now);
        DemoGenerator generator = generator(size, seed, now);
        repository.insertOfficers(generator.officers());

        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        Object end = new Object();
        StatBatch stats = new StatBatch();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = Thread.ofPlatform().name("demo-data-generator").daemon().start(() -> {
            try {
                generator.generate(CHUNK, chunk -> {
                    chunk.dossiers().forEach(d -> stats.add(d.facts()));
                    put(queue, DossierBulkLoader.encode(chunk.dossiers(), chunk.ids()));
                });
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                put(queue, end);
            }
        });
        DossierBulkLoader.Written written = new DossierBulkLoader.Written(0, 0);
        try {
            for (Object next = take(queue); next != end; next = take(queue)) {
                if (failure.get() == null) {
                    written = written.plus(loader.insert((DossierBulkLoader.Batch) next));
                }
            }
        } catch (RuntimeException e) {
            producer.interrupt();
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Demo data generation failed", failure.get());
        }
        int counterRows = stats.size();
        loader.addToCounters(stats);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        DemoLoadReport report = new DemoLoadReport(generator.officers().size(), written.dossiers(),
                written.events(), counterRows, took);
        repository.setMarker("LOADED size=" + size + " seed=" + seed + " now=" + now);
        log.info("Demo data: {} officers, {} dossiers, {} events, {} counter rows in {} ms ({} dossiers/s)",
                report.officers(), report.dossiers(), report.events(), counterRows, took.toMillis(),
                Math.round(report.dossiersPerSecond()));
        return report;
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating demo data", e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }
}
