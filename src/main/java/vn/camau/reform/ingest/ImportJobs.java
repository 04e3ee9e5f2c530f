package vn.camau.reform.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long imports off the request thread, as the administrator who started them (the services'
 * method security and unit scope apply in the worker as on the screen). Two workers: on two cores a
 * third import at once would only slow the others.
 */
@Component
public class ImportJobs {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Runs the work later, in a worker, with the caller's login. */
    public void submit(Runnable work) {
        workers.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
