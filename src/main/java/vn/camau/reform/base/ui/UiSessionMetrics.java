package vn.camau.reform.base.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Open UI sessions on this node (Prometheus {@code reform_ui_sessions}): a session counts from its
 * first request until it is closed or times out (30 minutes idle). Sessions are sticky to a node, so
 * the sum over the nodes is the users at work.
 */
@Component
class UiSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    UiSessionMetrics(MeterRegistry registry) {
        Gauge.builder("reform.ui.sessions", open, AtomicInteger::get)
                .description("Vaadin UI sessions open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> open.decrementAndGet());
    }
}
