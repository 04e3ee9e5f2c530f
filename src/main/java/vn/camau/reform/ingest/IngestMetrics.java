package vn.camau.reform.ingest;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the IT centre watches of the intake (Prometheus, README "Metrics"): batches and their records
 * by result, from the one-stop systems, and administrators' file imports by kind and result.
 */
@Component
class IngestMetrics {

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An API batch answered: SUCCEEDED (stored) or REFUSED (invalid or too large: nothing stored). */
    void intakeBatch(ImportResult result, int records) {
        Counter.builder("reform.intake.batches").description("Intake API batches, by result")
                .tag("result", result.name()).register(registry).increment();
        Counter.builder("reform.intake.records").description("Dossiers and events in intake API batches, by result")
                .tag("result", result.name()).register(registry).increment(records);
    }

    /** A file import finished. */
    void importRun(ImportKind kind, ImportResult result, int rows) {
        Counter.builder("reform.import.runs").description("File imports, by kind and result")
                .tag("kind", kind.name()).tag("result", result.name()).register(registry).increment();
        Counter.builder("reform.import.rows").description("Rows read by file imports, by kind and result")
                .tag("kind", kind.name()).tag("result", result.name()).register(registry).increment(rows);
    }
}
