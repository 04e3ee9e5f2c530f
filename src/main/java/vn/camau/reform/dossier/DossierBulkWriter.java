package vn.camau.reform.dossier;

import java.util.Iterator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.camau.reform.dossier.repository.DossierBulkLoader;

/**
 * What another part of the application (the demo load) may write dossiers in bulk with: a whole
 * generated history of dossiers, events and summary counters, without the workflow's checks, which
 * judge today's actions rather than a history being recreated. The rows are loaded as trusted (no
 * foreign-key or unique checks, see {@link DossierBulkLoader.Checks#TRUSTED}): only for rows whose every
 * reference exists and whose keys are unique by construction. How the rows reach the tables stays this
 * feature's business.
 */
@Component
public class DossierBulkWriter {

    /** Dossiers and their events encoded for loading, ids included: see {@link #encode}. */
    public static final class Batch {
        private final DossierBulkLoader.Batch encoded;

        private Batch(DossierBulkLoader.Batch encoded) {
            this.encoded = encoded;
        }

        public int dossierCount() {
            return encoded.dossierCount();
        }

        public int eventCount() {
            return encoded.eventCount();
        }
    }

    private final DossierBulkLoader loader;

    DossierBulkWriter(DossierBulkLoader loader) {
        this.loader = loader;
    }

    /**
     * Encodes dossiers with explicit ids (pure, no database): safe to call from any thread, so that a
     * producer encodes the next batch while the previous ones are loaded.
     *
     * @param firstEventId the id of the first event, the others following in order; 0 to let the
     *                     database number them
     */
    public static Batch encode(List<DossierRecord> dossiers, long[] ids, long firstEventId) {
        return new Batch(DossierBulkLoader.encode(dossiers, ids, firstEventId));
    }

    /**
     * Loads the dossiers of every batch, as trusted, in one transaction (InnoDB bulk-loads an empty
     * table). Run {@link #insertTrustedEvents} on another thread at the same time.
     *
     * @param batches may block while the next batch is produced; a failure it throws rolls back all
     * @return the dossiers written
     */
    public int insertTrustedDossiers(Iterable<Batch> batches) {
        return loader.insertDossiers(encoded(batches), DossierBulkLoader.Checks.TRUSTED);
    }

    /** Loads the events of every batch, as trusted, in one transaction; returns how many. */
    public int insertTrustedEvents(Iterable<Batch> batches) {
        return loader.insertEvents(encoded(batches), DossierBulkLoader.Checks.TRUSTED);
    }

    /** Adds the counters of a whole history to the summary table at once; returns the rows written. */
    public int addToCounters(StatBatch stats) {
        return loader.addToCounters(stats);
    }

    /** Brings the optimizer's statistics up to date after a bulk load. */
    public void refreshStatistics() {
        loader.refreshStatistics();
    }

    private static Iterable<DossierBulkLoader.Batch> encoded(Iterable<Batch> batches) {
        return () -> {
            Iterator<Batch> it = batches.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public DossierBulkLoader.Batch next() {
                    return it.next().encoded;
                }
            };
        };
    }

    /**
     * Removes every dossier with its events, reminders and summary counters: only for a database that has only ever held generated data, such as a demo
     * load that died half-way. After everything that names a dossier.
     */
    public void deleteAll() {
        loader.deleteAll();
    }
}
