package vn.camau.reform.demo;

import java.time.Duration;

/** What a demo load wrote, and how long it took. */
public record DemoLoadReport(int officers, int dossiers, int events, int counterRows, int apologies, int hotlineReports,
                             Duration took) {

    public double dossiersPerSecond() {
        return dossiers / Math.max(0.001, took.toMillis() / 1000.0);
    }
}
