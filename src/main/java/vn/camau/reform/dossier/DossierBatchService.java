package vn.camau.reform.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.camau.reform.dossier.repository.DossierBatchRepository;
import vn.camau.reform.dossier.repository.DossierBulkLoader;
import vn.camau.reform.dossier.repository.DossierBatchRepository.NewEvent;
import vn.camau.reform.dossier.repository.DossierBatchRepository.Stored;
import vn.camau.reform.dossier.repository.DossierBatchRepository.Write;
import vn.camau.reform.dossier.repository.DossierStatWriter;

/**
 * Applies what one-stop systems send: dossier snapshots and step events, many at a time, in the
 * caller's transaction (a batch is all or nothing, and so is a file). Idempotent: a snapshot older
 * than the stored one and an event already stored change nothing, and events are applied in the
 * order of their event time, whatever order they arrive in (see {@link DossierTimeline}). The summary
 * counters move by the difference each dossier makes, in the same transaction, so every indicator
 * and alert shows the new data at once.
 *
 * <p>The caller has checked every field and code; a reference this cannot resolve is a programming
 * error, not bad input.
 */
@Service
public class DossierBatchService {

    private static final Comparator<DossierEventRecord> BY_TIME = Comparator
            .comparing(DossierEventRecord::eventAt)
            .thenComparing(e -> e.sourceEventId() == null ? "" : e.sourceEventId());

    private final DossierBatchRepository repository;
    private final DossierStatWriter statWriter;
    private final DossierRules rules;
    private final DossierBulkLoader bulkLoader;
    private final ApplicationEventPublisher publisher;

    DossierBatchService(DossierBatchRepository repository, DossierStatWriter statWriter, DossierRules rules,
                        DossierBulkLoader bulkLoader, ApplicationEventPublisher publisher) {
        this.bulkLoader = bulkLoader;
        this.publisher = publisher;
        this.repository = repository;
        this.statWriter = statWriter;
        this.rules = rules;
    }

    /**
     * Writes a batch in the caller's transaction, which must run READ COMMITTED: each dossier's row is
     * locked before its events are read, and only a read that sees what committed before the lock
     * (not the snapshot of the transaction's first read, as REPEATABLE READ would) finds the events a
     * concurrent batch just stored. A dossier another transaction created meanwhile fails the insert
     * on its code; the caller runs the batch again.
     */
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('API_TOKEN_INTAKE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public BatchOutcome accept(List<IncomingDossier> dossiers, List<IncomingEvent> events) {
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        if (isolation == null || isolation != TransactionDefinition.ISOLATION_READ_COMMITTED) {
            throw new IllegalStateException("Dossier batches are written READ COMMITTED, not " + isolation);
        }
        Map<String, IncomingDossier> snapshots = new LinkedHashMap<>();
        dossiers.forEach(d -> snapshots.put(d.code(), d));
        Map<String, List<DossierEventRecord>> arriving = new HashMap<>();
        events.forEach(e -> arriving.computeIfAbsent(e.dossierCode(), k -> new ArrayList<>()).add(e.event()));
        Set<String> codes = new TreeSet<>(snapshots.keySet());
        codes.addAll(arriving.keySet());

        Map<String, Stored> stored = repository.lockAll(codes);
        UnaryOperator<DossierRecord> derive = rules.deriver();
        StatBatch delta = new StatBatch();
        List<Write> creates = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        Map<String, List<DossierEventRecord>> newEvents = new HashMap<>();
        int created = 0, updated = 0, unchanged = 0, stale = 0, duplicates = 0, added = 0;
        for (String code : codes) {
            Stored before = stored.get(code);
            IncomingDossier snapshot = snapshots.get(code);
            List<DossierEventRecord> known = before == null ? List.of() : before.record().events();
            Set<String> knownIds = new HashSet<>();
            known.forEach(e -> knownIds.add(e.sourceEventId()));
            List<DossierEventRecord> fresh = new ArrayList<>();
            for (DossierEventRecord e : arriving.getOrDefault(code, List.of())) {
                if (knownIds.add(e.sourceEventId())) {
                    fresh.add(e);
                } else {
                    duplicates++;
                }
            }
            boolean snapshotWins = snapshot != null && (before == null || before.sourceUpdatedAt() == null
                    || !snapshot.sourceUpdatedAt().isBefore(before.sourceUpdatedAt()));
            if (snapshot != null && !snapshotWins) {
                stale++;
            }
            if (before == null && snapshot == null) {
                throw new IllegalArgumentException("Events for dossier " + code + ", which is neither stored nor sent");
            }
            List<DossierEventRecord> all = new ArrayList<>(known);
            all.addAll(fresh);
            all.sort(BY_TIME);
            DossierRecord base = snapshotWins ? snapshot.toRecord() : before.record();
            LocalDateTime asOf = snapshotWins ? snapshot.sourceUpdatedAt() : asOf(before);
            DossierRecord after = derive.apply(DossierTimeline.fold(base, asOf, all));
            LocalDateTime keptTime = snapshotWins ? snapshot.sourceUpdatedAt() : before.sourceUpdatedAt();
            if (before != null && fresh.isEmpty() && Objects.equals(keptTime, before.sourceUpdatedAt())
                    && sameStoredValues(before.record(), after)) {
                unchanged++;
                continue;
            }
            if (before == null) {
                created++;
            } else {
                updated++;
                delta.subtract(before.record().facts());
            }
            delta.add(after.facts());
            (before == null ? creates : updates).add(new Write(after, keptTime));
            if (!fresh.isEmpty()) {
                newEvents.put(code, fresh);
                added += fresh.size();
            }
        }
        Map<String, Long> ids = repository.writeAll(creates, updates);
        List<NewEvent> eventRows = new ArrayList<>();
        newEvents.forEach((code, list) -> list.forEach(e -> eventRows.add(new NewEvent(ids.get(code), e))));
        repository.insertEvents(eventRows);
        statWriter.apply(delta);
        if (!newEvents.isEmpty()) {
            // the early warning scores these dossiers again once the batch commits (LateRiskJob)
            publisher.publishEvent(new DossierEventsArrived(newEvents.keySet().stream().map(ids::get).toList()));
        }
        return new BatchOutcome(created, updated, unchanged, stale, added, duplicates);
    }

    /**
     * After a large import (a one-stop system's history, a file of a million rows): brings the
     * optimizer's statistics up to date, so that the screens' queries are planned for the tables as
     * they are now, not as they were before the load.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void refreshStatistics() {
        bulkLoader.refreshStatistics();
    }

    /**
     * The time a stored dossier's state describes: its snapshot's, or for a dossier written here
     * (no snapshot time) its latest event's, so only events after that move it.
     */
    private static LocalDateTime asOf(Stored s) {
        if (s.sourceUpdatedAt() != null) {
            return s.sourceUpdatedAt();
        }
        return s.record().events().stream().map(DossierEventRecord::eventAt).max(Comparator.naturalOrder())
                .orElse(s.record().receivedAt());
    }

    private static boolean sameStoredValues(DossierRecord a, DossierRecord b) {
        return a.equals(new DossierRecord(b.code(), b.procedureId(), b.receivingUnitId(), b.handlingUnitId(),
                b.channel(), b.state(), b.receivedAt(), b.appointmentDate(), b.dueDate(), b.resolvedAt(),
                b.returnedAt(), b.finishedAt(), b.timing() == Timing.LATE ? b.lateWorkingDays() : 0, b.service(),
                b.applicant(), b.handlingOfficerId(), b.responsible(), a.events()));
    }
}
