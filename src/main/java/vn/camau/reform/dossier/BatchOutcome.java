package vn.camau.reform.dossier;

/**
 * What a batch of snapshots and events did.
 *
 * @param created         dossiers new to the dashboard
 * @param updated         stored dossiers that changed
 * @param unchanged       dossiers the batch named whose stored state it did not change (a resend)
 * @param staleSnapshots  snapshots older than the stored one, ignored (their events still count)
 * @param eventsStored    events new to the dashboard
 * @param eventsDuplicate events already stored under the same event id, ignored
 */
public record BatchOutcome(int created, int updated, int unchanged, int staleSnapshots, int eventsStored,
                           int eventsDuplicate) {
}
