package vn.camau.reform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings ({@code app.demo.*}).
 *
 * @param enabled   load demo users and data at start (the demo profile, the tests)
 * @param dossiers  how many dossiers to generate when the dossier table is empty
 * @param seed      the random seed: the same seed and size give the same data
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(boolean enabled, @DefaultValue("200000") int dossiers,
                             @DefaultValue("20250701") long seed) {
}
