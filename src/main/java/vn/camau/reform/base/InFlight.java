package vn.camau.reform.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Identical computations asked for at the same moment done once: a caller that finds one in flight for
 * its key waits for it and takes its answer, instead of computing the same figures again beside it. When
 * fifty leaders open the province overview at the start of a meeting, the two cores compute it once, not
 * fifty times. Nothing is kept after the computation ends: a later call computes afresh, so no answer is
 * older than the call it was shared with.
 */
public final class InFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /** The value for {@code key}: computed by {@code compute} in this thread, or shared with a call under way. */
    public V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return join(other);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // the sharer failed: the same failure here, as if this call had computed it itself
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** How many computations are under way (for tests). */
    int inFlight() {
        return running.size();
    }
}
