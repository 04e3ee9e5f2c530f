package vn.camau.reform.dossier;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.dossier.repository.DossierRepository;
import vn.camau.reform.dossier.repository.DossierStatWriter;

/**
 * Stores a dossier and moves the summary counters by the difference between what the stored
 * dossier contributed and what the new one does, in the same transaction and under a row lock:
 * the counters equal a direct count after every commit, with no nightly rebuild.
 */
@Service
public class DossierWriteService {

    private final DossierRepository repository;
    private final DossierStatWriter statWriter;
    private final DossierRules rules;

    DossierWriteService(DossierRepository repository, DossierStatWriter statWriter, DossierRules rules) {
        this.repository = repository;
        this.statWriter = statWriter;
        this.rules = rules;
    }

    /**
     * Stores the dossier as reported, with due date, lateness and responsibility derived by the
     * current rules (a stored dossier's earlier events count too).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(DossierRecord reported) {
        List<DossierEventRecord> events = new ArrayList<>(repository.findEvents(reported.code()));
        for (DossierEventRecord e : reported.events()) {
            if (e.sourceEventId() == null || events.stream().noneMatch(x -> e.sourceEventId().equals(x.sourceEventId()))) {
                events.add(e);
            }
        }
        return store(rules.derive(withEvents(reported, events)), reported.events());
    }

    private static DossierRecord withEvents(DossierRecord r, List<DossierEventRecord> events) {
        return new DossierRecord(r.code(), r.procedureId(), r.receivingUnitId(), r.handlingUnitId(), r.channel(),
                r.state(), r.receivedAt(), r.appointmentDate(), r.dueDate(), r.resolvedAt(), r.returnedAt(),
                r.finishedAt(), r.lateWorkingDays(), r.service(), r.applicant(), r.handlingOfficerId(),
                r.responsible(), events);
    }

    /**
     * Applies the current supplement rule again to every dossier that had a supplement request,
     * after an administrator changed the rule. Returns how many dossiers were re-derived.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int recomputeSupplemented() {
        int count = 0;
        for (String code : repository.findCodesWithSupplement()) {
            DossierRecord stored = repository.findRecord(code).orElseThrow();
            // its events are stored already: only the derived fields change
            store(rules.derive(stored), List.of());
            count++;
        }
        return count;
    }

    /**
     * @param dossier   with every event, stored and new: its facts (the waits) need them all
     * @param newEvents the events to store
     */
    private long store(DossierRecord dossier, List<DossierEventRecord> newEvents) {
        StatBatch delta = new StatBatch();
        repository.lockFacts(dossier.code()).ifPresent(delta::subtract);
        delta.add(dossier.facts());
        long id = repository.upsert(dossier);
        repository.addEvents(id, newEvents);
        statWriter.apply(delta);
        return id;
    }
}
