package vn.camau.reform.officer;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.camau.reform.officer.repository.OfficerBulkRepository;

/**
 * What another part of the application (the demo load) may write officers in bulk with: rows as they
 * stand, ids included, without the catalogue import's checks, and with no user signed in.
 */
@Component
public class OfficerBulkWriter {

    /** One officer as stored (no manager: whoever assigns managers does it afterwards). */
    public record Officer(long id, String code, String fullName, long unitId, String position, boolean oneStopDesk,
                          boolean active) {
    }

    private final OfficerBulkRepository repository;

    OfficerBulkWriter(OfficerBulkRepository repository) {
        this.repository = repository;
    }

    /** The first id above every officer's. */
    public long nextId() {
        return repository.nextId();
    }

    /** Writes the officers in list order. */
    public void insert(List<Officer> officers) {
        repository.insert(officers);
    }

    /**
     * Removes the officers whose code starts with {@code codePrefix}, their managers let go first: only
     * for officers that only generated data names, such as a demo load that died half-way, once what
     * names them (ratings, hotline reports, apologies, dossiers) has gone.
     */
    public void deleteByCodePrefix(String codePrefix) {
        repository.deleteByCodePrefix(codePrefix);
    }
}
