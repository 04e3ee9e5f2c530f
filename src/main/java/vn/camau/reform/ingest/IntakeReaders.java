package vn.camau.reform.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.camau.reform.ingest.query.ReferenceCodeQuery;
import vn.camau.reform.security.UnitScope;

/** Makes the readers of one batch or one file, for a writer with this scope. */
@Component
public class IntakeReaders {

    /** How far ahead of our clock a sending system's clock may be before its times count as "in the future". */
    static final int CLOCK_SKEW_MINUTES = 10;

    private final ReferenceCodeQuery query;
    private final Clock clock;
    private final int maxYearsAfterReceipt;

    IntakeReaders(ReferenceCodeQuery query, Clock clock,
                  @Value("${intake.max-years-after-receipt:3}") int maxYearsAfterReceipt) {
        this.query = query;
        this.clock = clock;
        this.maxYearsAfterReceipt = maxYearsAfterReceipt;
    }

    public DossierReader dossiers(UnitScope scope) {
        return new DossierReader(query, scope, bounds());
    }

    public EventReader events(UnitScope scope) {
        return new EventReader(query, scope, bounds());
    }

    private TimeBounds bounds() {
        return new TimeBounds(TimeBounds.REPORTS_BEGIN, LocalDateTime.now(clock).plusMinutes(CLOCK_SKEW_MINUTES),
                maxYearsAfterReceipt);
    }
}
