package vn.camau.reform.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is the province's today: a server in another time zone must not flip a dossier to
 * overdue seven hours early.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(PROVINCE_ZONE);
    }
}
