package vn.camau.reform.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

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

    IntakeReaders(ReferenceCodeQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    public DossierReader dossiers(UnitScope scope) {
        return new DossierReader(query, scope, latestAllowed());
    }

    public EventReader events(UnitScope scope) {
        return new EventReader(query, scope, latestAllowed());
    }

    private LocalDateTime latestAllowed() {
        return LocalDateTime.now(clock).plusMinutes(CLOCK_SKEW_MINUTES);
    }
}
