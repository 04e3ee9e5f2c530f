package vn.camau.reform.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls that arrive while the same computation runs share it; nothing outlives it. */
class InFlightTest {

    private final InFlight<String, Integer> inFlight = new InFlight<>();
    private final AtomicInteger computed = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A computation that waits until the test lets it finish. */
    private Integer slow() {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return computed.incrementAndGet();
    }

    /** A call on a thread of its own, so the test can see when it waits. */
    private record Call(Thread thread, Future<Integer> result) {
    }

    private Call call(java.util.concurrent.Callable<Integer> work) {
        java.util.concurrent.FutureTask<Integer> task = new java.util.concurrent.FutureTask<>(work);
        Thread thread = new Thread(task);
        thread.start();
        return new Call(thread, task);
    }

    /** Until each call is parked on the computation under way (not computing one of its own). */
    private static void awaitWaiting(Call... calls) throws InterruptedException {
        for (Call c : calls) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (c.thread().getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(c.thread().getState()).isEqualTo(Thread.State.WAITING);
        }
    }

    @Test
    void callsThatArriveTogetherShareOneComputation() throws Exception {
        Future<Integer> first = threads.submit(() -> inFlight.get("province", this::slow));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Call second = call(() -> inFlight.get("province", this::slow));
        Call third = call(() -> inFlight.get("province", this::slow));
        awaitWaiting(second, third);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.result().get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(third.result().get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(computed).hasValue(1);
        assertThat(inFlight.inFlight()).isZero();
    }

    @Test
    void anotherKeyAndALaterCallComputeTheirOwn() throws Exception {
        Future<Integer> first = threads.submit(() -> inFlight.get("province", this::slow));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(inFlight.get("commune", computed::incrementAndGet)).isEqualTo(1);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(inFlight.get("province", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aFailureReachesEveryoneWaitingAndIsNotKept() throws Exception {
        Future<Integer> first = threads.submit(() -> inFlight.get("province", () -> {
            slow();
            throw new IllegalStateException("database gone");
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Call second = call(() -> inFlight.get("province", this::slow));
        awaitWaiting(second);
        release.countDown();
        for (Future<Integer> call : java.util.List.of(first, second.result())) {
            assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("database gone");
        }
        assertThat(inFlight.get("province", () -> 42)).isEqualTo(42);
    }
}
