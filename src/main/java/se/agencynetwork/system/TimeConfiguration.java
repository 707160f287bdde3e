package se.agencynetwork.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.process.NetworkTime;

/** Spring code reads the engine's clock in Swedish time ({@link NetworkTime}): a test moves one clock for all. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return NetworkTime.clock();
    }
}
