package vn.camau.reform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.camau.reform.apology.ApologyBulkWriter;
import vn.camau.reform.apology.ApologySettings;
import vn.camau.reform.base.health.StartupProgress;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.demo.generator.DemoApologies;
import vn.camau.reform.demo.generator.DemoEvaluations;
import vn.camau.reform.demo.generator.DemoGenerator;
import vn.camau.reform.demo.generator.DemoOfficer;
import vn.camau.reform.demo.generator.DemoHotline;
import vn.camau.reform.demo.query.DemoReferenceQuery;
import vn.camau.reform.demo.repository.DemoApologyRepository;
import vn.camau.reform.demo.repository.DemoDataRepository;
import vn.camau.reform.demo.repository.DemoEvaluationRepository;
import vn.camau.reform.demo.repository.DemoHotlineRepository;
import vn.camau.reform.demo.repository.DemoHotlineRepository.UserRef;
import vn.camau.reform.dossier.DossierBulkWriter;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.evaluation.EvaluationBulkWriter;
import vn.camau.reform.hotline.HotlineBulkWriter;
import vn.camau.reform.officer.OfficerBulkWriter;
import vn.camau.reform.hotline.HotlineSettings;

/**
 * Fills an empty database with deterministic demo data: officers of every unit, dossiers from 2023 to
 * today with their events, and the summary counters. Generation and loading run side by side: one
 * thread generates and encodes the next chunk while the caller's thread loads the previous one, which
 * keeps both of the machine's cores busy.
 *
 * <p>Counters are not upserted chunk by chunk: every dossier's facts are added to one {@link StatBatch}
 * in memory, written once at the end, so each summary row is written once. Until that last step the
 * counters lag the dossiers, which is why the marker row says LOADING until then. The apologies of the
 * late dossiers come last, before the marker says LOADED.
 */
@Service
public class DemoDataService {

    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);
    private static final int CHUNK = 10_000;
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final DemoReferenceQuery reference;
    private final DemoDataRepository repository;
    private final DossierBulkWriter dossierWriter;
    private final DemoApologyRepository apologies;
    private final ApologyBulkWriter apologyWriter;
    private final ApologySettings apologySettings;
    private final DemoHotlineRepository hotline;
    private final HotlineBulkWriter hotlineWriter;
    private final HotlineSettings hotlineSettings;
    private final DemoEvaluationRepository evaluations;
    private final EvaluationBulkWriter evaluationWriter;
    private final OfficerBulkWriter officerWriter;
    private final CalendarService calendar;
    private final DemoProperties properties;
    private final StartupProgress progress;
    private final Clock clock;

    DemoDataService(DemoReferenceQuery reference, DemoDataRepository repository, DossierBulkWriter dossierWriter,
                    DemoApologyRepository apologies, ApologyBulkWriter apologyWriter, ApologySettings apologySettings,
                    DemoHotlineRepository hotline, HotlineBulkWriter hotlineWriter, HotlineSettings hotlineSettings,
                    DemoEvaluationRepository evaluations, EvaluationBulkWriter evaluationWriter,
                    OfficerBulkWriter officerWriter, CalendarService calendar, DemoProperties properties,
                    StartupProgress progress,
                    ObjectProvider<Clock> clock) {
        this.evaluations = evaluations;
        this.evaluationWriter = evaluationWriter;
        this.officerWriter = officerWriter;
        this.apologyWriter = apologyWriter;
        this.hotlineWriter = hotlineWriter;
        this.reference = reference;
        this.repository = repository;
        this.dossierWriter = dossierWriter;
        this.apologies = apologies;
        this.apologySettings = apologySettings;
        this.hotline = hotline;
        this.hotlineSettings = hotlineSettings;
        this.calendar = calendar;
        this.properties = properties;
        this.progress = progress;
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
                // what names officers and dossiers goes first: ratings and decisions, hotline reports, apologies
                evaluationWriter.deleteAll();
                hotlineWriter.deleteAll();
                apologyWriter.deleteAll();
                dossierWriter.deleteAll();
                // demo officers only (CB-<unit>-<nn>): a database with the marker has only ever held the demo
                officerWriter.deleteByCodePrefix(DemoOfficer.CODE_PREFIX);
            } else if (repository.hasDossiers()) {
                Optional<String> loaded = repository.marker().filter(m -> m.startsWith("LOADED"));
                String marker = loaded.orElse("");
                Matcher seedIn = Pattern.compile("seed=(-?\\d+)").matcher(marker);
                long seed = seedIn.find() ? Long.parseLong(seedIn.group(1)) : properties.seed();
                boolean added = false;
                if (loaded.isPresent() && !apologies.hasApologies()) {
                    // a demo loaded before apologies existed gets those of its late dossiers, as of now
                    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                    int count = addApologies(now, seed);
                    marker = marker + " apologies=" + now;
                    repository.setMarker(marker);
                    log.info("Demo data loaded earlier: added {} apologies for its late dossiers", count);
                    added = true;
                }
                if (loaded.isPresent() && !hotline.hasReports()) {
                    // and one loaded before the hotline existed gets its year of reports, as of now
                    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                    Matcher size = Pattern.compile("size=(\\d+)").matcher(marker);
                    int count = addHotline(now, seed, size.find() ? Integer.parseInt(size.group(1)) : properties.dossiers());
                    repository.setMarker(marker.replaceAll(" hotline=\\S+", "") + " hotline=" + now);
                    log.info("Demo data loaded earlier: added {} hotline reports", count);
                    added = true;
                }
                if (loaded.isPresent() && !evaluations.hasCycles()) {
                    // and one loaded before evaluations existed gets its managers and rating rounds
                    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                    linkDemoUsers();
                    int count = addEvaluations(now, seed);
                    repository.setMarker(marker.replaceAll(" evaluations=\\S+", "") + " evaluations=" + now);
                    log.info("Demo data loaded earlier: added {} ratings", count);
                    added = true;
                }
                if (!added) {
                    log.info("Dossiers exist already: no demo data loaded");
                }
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
                officerWriter.nextId(), repository.nextDossierId());
    }

    /** Generates and writes {@code size} dossiers into a database that has none. */
    DemoLoadReport load(int size, long seed) {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        repository.setMarker("LOADING size=" + size + " seed=" + seed + " now=" + now);
        DemoGenerator generator = generator(size, seed, now);
        DemoWrites.officers(officerWriter, generator.officers());
        linkDemoUsers();
        progress.demoLoading(2);

        // Three threads: one generates and encodes; one loads the dossiers and one the events, each in a
        // single transaction so that InnoDB bulk-loads the empty tables (rows sorted into every index at
        // commit). Every reference in the generated rows comes from the reference data just read and
        // every code is unique by construction, so the rows are loaded as trusted. Events carry explicit
        // ids: no auto-increment lock, and they need not wait for their dossiers.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BatchQueue dossierQueue = new BatchQueue(failure);
        BatchQueue eventQueue = new BatchQueue(failure);
        StatBatch stats = new StatBatch();
        long firstEventId = repository.nextEventId();
        Thread producer = start("demo-data-generator", failure, () -> {
            long[] nextEventId = {firstEventId};
            long[] generated = {0};
            try {
                generator.generate(CHUNK, chunk -> {
                    chunk.dossiers().forEach(d -> stats.add(d.facts()));
                    // the dossiers are most of the load: 2 % to 85 % (generation runs at most two chunks ahead)
                    generated[0] += chunk.dossiers().size();
                    progress.demoLoading(2 + (int) (83 * generated[0] / Math.max(1, size)));
                    DossierBulkWriter.Batch batch = DossierBulkWriter.encode(chunk.dossiers(), chunk.ids(),
                            nextEventId[0]);
                    nextEventId[0] += batch.eventCount();
                    dossierQueue.put(batch);
                    eventQueue.put(batch);
                });
            } catch (RuntimeException e) {
                // recorded before the queues close, so no loader mistakes the end for success
                failure.compareAndSet(null, e);
                throw e;
            } finally {
                dossierQueue.close();
                eventQueue.close();
            }
        });
        AtomicInteger dossiers = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        Thread dossierLoader = start("demo-data-dossiers", failure, () -> dossiers.set(
                dossierWriter.insertTrustedDossiers(dossierQueue)));
        Thread eventLoader = start("demo-data-events", failure, () -> events.set(
                dossierWriter.insertTrustedEvents(eventQueue)));
        join(producer);
        // the counters are complete once the last chunk is generated: write them while the loaders commit
        int counterRows = failure.get() == null ? dossierWriter.addToCounters(stats) : 0;
        join(dossierLoader);
        join(eventLoader);
        if (failure.get() != null) {
            throw new IllegalStateException("Demo data load failed", failure.get());
        }
        dossierWriter.refreshStatistics();
        progress.demoLoading(88);
        int apologyCount = addApologies(now, seed);
        progress.demoLoading(92);
        int hotlineCount = addHotline(now, seed, size);
        progress.demoLoading(96);
        int ratingCount = addEvaluations(now, seed);
        progress.demoLoading(99);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        DemoLoadReport report = new DemoLoadReport(generator.officers().size(), dossiers.get(), events.get(),
                counterRows, apologyCount, hotlineCount, took);
        repository.setMarker("LOADED size=" + size + " seed=" + seed + " now=" + now);
        log.info("Demo data: {} officers, {} dossiers, {} events, {} counter rows, {} apologies, {} hotline reports,"
                        + " {} ratings in {} ms ({} dossiers/s)", report.officers(), report.dossiers(), report.events(),
                counterRows, apologyCount, hotlineCount, ratingCount, took.toMillis(),
                Math.round(report.dossiersPerSecond()));
        return report;
    }

    /**
     * Apologies for the dossiers whose due date passed unfinished before today (DOMAIN §6), planned by
     * {@link DemoApologies} and written in bulk, as the first administrator's drafts. None when no user
     * exists yet to name as their author (the demo users are created before the load).
     */
    private int addApologies(LocalDateTime now, long seed) {
        Optional<Long> author = apologies.author();
        if (author.isEmpty()) {
            log.warn("No user to name as the author of the demo's apologies: none written");
            return 0;
        }
        DemoApologies.Plan plan = new DemoApologies(calendar.calendar(), now, apologySettings.leadWorkingDays(), seed)
                .plan(apologies.lateDossiers(now.toLocalDate()), apologies.signers(), author.get(),
                        apologies.nextApologyId(), apologies.nextStepId());
        return DemoWrites.apologies(apologyWriter, plan);
    }

    /**
     * A year of hotline reports up to {@code now} about the demo's units, officers and late dossiers,
     * planned by {@link DemoHotline} and written in bulk; after the dossiers (which they name) and the
     * apologies. Taken and worked by the demo's inspector and inspection leader (the first
     * administrator when they are missing); none when there is no user at all.
     */
    private int addHotline(LocalDateTime now, long seed, int size) {
        long started = System.nanoTime();
        DemoHotline.Plan plan = planHotline(now, seed, size);
        if (plan == null) {
            log.warn("No user to name as the demo's inspector: no hotline reports written");
            return 0;
        }
        long planned = System.nanoTime();
        int count = DemoWrites.hotline(hotlineWriter, plan);
        log.info("Demo hotline: {} reports, {} events, planned in {} ms, written in {} ms", count,
                plan.events().size(), Duration.ofNanos(planned - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - planned).toMillis());
        return count;
    }

    private DemoHotline.Plan planHotline(LocalDateTime now, long seed, int size) {
        return planHotline(now, seed, size, hotline.nextReportId(), hotline.nextEventId());
    }

    /**
     * The demo's hotline reports as they would be planned as of {@code now} with these first ids, for
     * tests and tools: nothing is written. Null when there is no user to work them.
     */
    public DemoHotline.Plan planHotline(LocalDateTime now, long seed, int size, long firstId, long firstEventId) {
        Optional<UserRef> admin = apologies.author().flatMap(hotline::user);
        Optional<UserRef> inspector = hotline.user("thanhtra").or(() -> admin);
        Optional<UserRef> leader = hotline.user("chanhthanhtra").or(() -> inspector);
        if (inspector.isEmpty() || leader.isEmpty()) {
            return null;
        }
        DemoHotline planner = new DemoHotline(calendar.calendar(), now, hotlineSettings.deadlines(), seed);
        LocalDate first = planner.firstDay();
        return planner.plan(DemoHotline.reportsFor(size), hotline.units(first), hotline.officers(),
                hotline.dossiers(first.minusDays(60), 2_000),
                new DemoHotline.Staff(inspector.get().id(), inspector.get().fullName(), leader.get().id(),
                        leader.get().fullName()),
                firstId, firstEventId);
    }

    /**
     * The demo users who are officers: motcua.anxuyen is the first one-stop desk officer of her ward,
     * lanhdao.anxuyen its chair (and so her direct manager). Before the hotline is planned, so its
     * reports name them as the users are called.
     */
    private void linkDemoUsers() {
        evaluations.linkUser("motcua.anxuyen", true);
        evaluations.linkUser("lanhdao.anxuyen", false);
    }

    /**
     * Direct managers, discipline decisions for officers of founded hotline findings, last year's
     * annual rating round approved in every commune, ward and agency, and the last quarter's round under
     * way, planned by {@link DemoEvaluations}; after the hotline, whose findings they weigh.
     */
    private int addEvaluations(LocalDateTime now, long seed) {
        long started = System.nanoTime();
        Optional<DemoEvaluations.Accounts> accounts = evaluations.accounts();
        if (accounts.isEmpty()) {
            log.warn("No user to name in the demo's ratings: none written");
            return 0;
        }
        DemoEvaluations.Plan plan = planEvaluations(now, seed, accounts.get(), evaluations.nextCycleId(),
                evaluations.nextRatingId(), evaluations.nextStepId());
        long planned = System.nanoTime();
        DemoWrites.evaluations(evaluationWriter, plan);
        log.info("Demo evaluations: {} cycles, {} ratings, {} steps, {} discipline decisions, planned in {} ms,"
                        + " written in {} ms", plan.cycles().size(), plan.ratings().size(), plan.steps().size(),
                plan.disciplines().size(), Duration.ofNanos(planned - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - planned).toMillis());
        return plan.ratings().size();
    }

    /** The demo's ratings as they would be planned as of {@code now}, for tests and tools: nothing is written. */
    public DemoEvaluations.Plan planEvaluations(LocalDateTime now, long seed, DemoEvaluations.Accounts accounts,
                                                long firstCycleId, long firstRatingId, long firstStepId) {
        return new DemoEvaluations(calendar.calendar(), now, seed).plan(evaluations.officers(), evaluations.findings(),
                accounts, evaluationWriter.ruleSets(), firstCycleId, firstRatingId, firstStepId);
    }

    private static Thread start(String name, AtomicReference<Throwable> failure, Runnable work) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }

    /**
     * Batches from the generator to one loader, at most two waiting. Iterating ends when the producer
     * closes the queue, and fails as soon as any thread of the load has failed, so that the loader's
     * transaction rolls back rather than committing half a history.
     */
    private static final class BatchQueue implements Iterable<DossierBulkWriter.Batch> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        private final AtomicReference<Throwable> failure;

        BatchQueue(AtomicReference<Throwable> failure) {
            this.failure = failure;
        }

        void put(DossierBulkWriter.Batch batch) {
            offer(batch);
        }

        void close() {
            try {
                offer(END);
            } catch (IllegalStateException e) {
                // the load failed already: the loaders stop on their own
            }
        }

        private void offer(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    checkNoFailure();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading demo data", e);
            }
        }

        private void checkNoFailure() {
            if (failure.get() != null) {
                throw new IllegalStateException("Another part of the demo load failed", failure.get());
            }
        }

        @Override
        public Iterator<DossierBulkWriter.Batch> iterator() {
            return new Iterator<>() {
                private Object next;

                @Override
                public boolean hasNext() {
                    try {
                        while (next == null) {
                            checkNoFailure();
                            next = queue.poll(100, TimeUnit.MILLISECONDS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while loading demo data", e);
                    }
                    checkNoFailure();
                    return next != END;
                }

                @Override
                public DossierBulkWriter.Batch next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    DossierBulkWriter.Batch batch = (DossierBulkWriter.Batch) next;
                    next = null;
                    return batch;
                }
            };
        }
    }
}
