package se.agencynetwork.demo;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.SurveyAnswers;

/**
 * The demo profile's lived-in history (README, "Demo history"): with
 * {@code network.demo.history.enabled=true} a fresh database is filled with two years of the
 * network's life before the job executor starts, by running the real processes with the engine's
 * clock moved forward ({@link DemoHistory}). The application's clock is the engine's
 * ({@link NetworkTime}), so form rules, business keys and the ledger date things as the engine does
 * while the history is written; then the clock is reset to the wall clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "network.demo.history.enabled", havingValue = "true")
class DemoHistoryConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryConfiguration.class);

    @Bean
    ApplicationRunner demoHistoryRunner(ProcessEngine engine, SurveyAnswers surveys,
            @Value("${network.demo.history.seed:20261203}") long seed) {
        return args -> {
            if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("idea").count() > 0) {
                LOG.info("Demo history: the database already holds ideas, nothing written");
                return;
            }
            long started = System.nanoTime();
            DemoHistory.Result result;
            try {
                result = new DemoHistory(engine, surveys, seed).write();
            } catch (RuntimeException e) {
                // the application still starts; what was written so far stays, as the engine committed it
                LOG.error("Demo history stopped after {} s", (System.nanoTime() - started) / 1_000_000_000, e);
                return;
            }
            LOG.info("Demo history written with seed {} in {} s: {} planned cases, {} network reviews, {} needs inventories,"
                    + " {} tasks completed, {} jobs executed", seed, (System.nanoTime() - started) / 1_000_000_000,
                    result.cases(), result.reviews(), result.inventories(), result.tasks(), result.jobs());
        };
    }
}
