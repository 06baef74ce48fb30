package org.redress.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today", in the councils' time zone, so tests can fix the date. */
@Configuration
class TimeConfiguration {

    static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(COUNCIL_TIME);
    }
}
