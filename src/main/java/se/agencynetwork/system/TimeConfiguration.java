package se.agencynetwork.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates in the network are Swedish dates: one clock, in Europe/Stockholm, for the whole application. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
