package vn.camau.reform.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.IndicatorService;

/** A {@code @Timed} service method is timed on every call, in the one timer of that method. */
@AppTest
class TimedMethodsTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    MeterRegistry registry;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void everyCallIsCountedInItsMethodsTimer() {
        TestLogins.loginAs(users, "admin");
        Period year = Period.custom(LocalDate.now().withDayOfYear(1), LocalDate.now());
        indicators.breakdown(1, year, UnitStructure.CURRENT);
        Timer timer = registry.find("reform.indicators").tag("method", "breakdown").timer();
        assertThat(timer).isNotNull();
        long before = timer.count();
        indicators.breakdown(1, year, UnitStructure.CURRENT);
        indicators.breakdown(1, year, UnitStructure.CURRENT);
        assertThat(registry.find("reform.indicators").tag("method", "breakdown").timers()).containsExactly(timer);
        assertThat(timer.count()).isEqualTo(before + 2);
    }
}
