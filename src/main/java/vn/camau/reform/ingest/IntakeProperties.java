package vn.camau.reform.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the intake API ({@code intake.*}): what one batch may hold and how often one token may
 * send. A one-stop system that sends more is answered 413 or 429 and sends again, smaller or later.
 *
 * @param maxRecords        dossiers plus events in one batch
 * @param maxBodyBytes      size of one request body
 * @param requestsPerSecond sustained batches a second per token
 * @param burst             batches a token may send at once after a quiet spell
 */
@ConfigurationProperties("intake")
public record IntakeProperties(int maxRecords, long maxBodyBytes, double requestsPerSecond, int burst) {

    public IntakeProperties {
        maxRecords = maxRecords > 0 ? maxRecords : 5_000;
        maxBodyBytes = maxBodyBytes > 0 ? maxBodyBytes : 8L * 1024 * 1024;
        requestsPerSecond = requestsPerSecond > 0 ? requestsPerSecond : 20;
        burst = burst > 0 ? burst : 40;
    }
}
