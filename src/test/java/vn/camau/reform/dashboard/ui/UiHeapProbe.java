package vn.camau.reform.dashboard.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import vn.camau.reform.ui.KaribuTest;

/**
 * A diagnostic run by hand, not a test (its name keeps it out of surefire's default run): what a
 * leader's UI keeps on the heap, found by the class histogram's difference over {@code probe.n}
 * sessions kept alive, each on a route ({@code probe.route}, default the overview) and optionally a
 * drill-down to a unit ({@code probe.drill}). {@code probe.flush} sends the pending changes as a
 * browser round trip would, so what is measured is what the UI keeps, not what waits to be sent.
 * The README's screens benchmark tells how to run it and what it found.
 */
class UiHeapProbe extends KaribuTest {

    @Test
    void probe() throws Exception {
        int n = Integer.getInteger("probe.n", 20);
        loginAs("lanhdao.tinh");
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open(kept); // warm: classes loaded and shared caches filled before the first histogram
        }
        String before = histogram();
        long used0 = usedAfterGc();
        for (int i = 0; i < n; i++) {
            open(kept);
        }
        long used1 = usedAfterGc();
        System.out.printf("PROBE heap per UI: %d KiB over %d sessions%n", (used1 - used0) / 1024 / n, n);
        Map<String, long[]> diff = new HashMap<>();
        parse(before, diff, -1);
        parse(histogram(), diff, 1);
        diff.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(45)
                .forEach(e -> System.out.printf("PROBE %10d B %8d # %s%n",
                        e.getValue()[1] / n, e.getValue()[0] / n, e.getKey()));
        System.out.println("PROBE sessions kept: " + kept.size() / 2);
    }

    private void open(List<Object> kept) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("vn.camau.reform"),
                context, UI::new));
        UI.getCurrent().navigate(System.getProperty("probe.route", "overview"));
        flush();
        String drill = System.getProperty("probe.drill");
        if (drill != null) {
            UI.getCurrent().navigate("overview", QueryParameters.simple(Map.of("unit", drill)));
            flush();
        }
        kept.add(VaadinSession.getCurrent());
        kept.add(UI.getCurrent());
    }

    private static void flush() {
        if (Boolean.getBoolean("probe.flush")) {
            UI.getCurrent().getInternals().getStateTree().collectChanges(c -> { });
            UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        }
    }

    /** Adds (sign 1) or subtracts (sign -1) a histogram's instance counts and bytes per class. */
    private static void parse(String histogram, Map<String, long[]> diff, int sign) {
        histogram.lines().map(String::trim).filter(l -> l.matches("\\d+:.*")).forEach(l -> {
            String[] f = l.split("\\s+");
            long[] v = diff.computeIfAbsent(f[3], k -> new long[2]);
            v[0] += sign * Long.parseLong(f[1]);
            v[1] += sign * Long.parseLong(f[2]);
        });
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
    }
}
