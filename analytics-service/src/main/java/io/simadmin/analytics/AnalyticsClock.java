package io.simadmin.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** "Today" and "this month" are UTC days; a bean so that tests could move the clock. */
@Configuration(proxyBeanMethods = false)
class AnalyticsClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
