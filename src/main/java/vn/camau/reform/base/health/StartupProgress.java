package vn.camau.reform.base.health;

import java.util.OptionalInt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How far the start is, for the login page: the web server answers while the demo data still loads
 * (the start-up runners come after it), and a demo user who signs in then must be told why the
 * figures are not there yet, never just "wrong password". Readiness (Actuator) says the same to a
 * load balancer: it turns to accepting traffic only once the runners are done.
 */
@Component
public class StartupProgress {

    private volatile boolean ready;
    private volatile int demoPercent;
    private final boolean demo;

    public StartupProgress(@Value("${app.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    /** The demo load reports its progress, 0 to 100. */
    public void demoLoading(int percent) {
        demoPercent = Math.clamp(percent, 0, 100);
    }

    /** Present while demo data is switched on and the start is not finished: the load's percentage. */
    public OptionalInt demoLoadPercent() {
        return demo && !ready ? OptionalInt.of(demoPercent) : OptionalInt.empty();
    }

    /** The start-up runners (the demo load among them) are done: Spring Boot now reports ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        ready = true;
    }
}
