package vn.camau.reform.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start when demo data is switched on ({@code app.demo.enabled}); before the
 * demo users' banner (order 10), so that "ready" is printed once the data is there.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("app.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private final DemoDataService demo;

    DemoDataLoader(DemoDataService demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.loadIfEmpty();
    }
}
