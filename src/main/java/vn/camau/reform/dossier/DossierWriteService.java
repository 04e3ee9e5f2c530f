package vn.camau.reform.dossier;

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

    DossierWriteService(DossierRepository repository, DossierStatWriter statWriter) {
        this.repository = repository;
        this.statWriter = statWriter;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(DossierRecord dossier) {
        StatBatch delta = new StatBatch();
        repository.lockFacts(dossier.code()).ifPresent(delta::subtract);
        delta.add(dossier.facts());
        long id = repository.upsert(dossier);
        repository.addEvents(id, dossier.events());
        statWriter.apply(delta);
        return id;
    }
}
