package vn.camau.reform.base.period;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today in the province's time zone, from the application clock (which tests may set). */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
