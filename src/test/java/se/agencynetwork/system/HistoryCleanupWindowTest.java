package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import se.agencynetwork.process.NetworkTime;

/** The engine's history cleanup runs every night in the configured window, and a wrong window is refused by name. */
class HistoryCleanupWindowTest {

    @Test
    void byDefaultTheEngineSchedulesItsHistoryCleanupForTheNextMidnight() {
        HistoryCleanupProperties properties = bind(Map.of());
        assertThat(properties.enabled()).isTrue();
        assertThat(properties.start()).isEqualTo(LocalTime.of(0, 0));
        assertThat(properties.end()).isEqualTo(LocalTime.of(5, 0));

        // the engine reads the window in the JVM's zone: Swedish, as Application and the tests' argLine set it
        LocalDateTime before = NetworkTime.localNow();
        ProcessEngine engine = engineWith(new HistoryCleanupWindow(properties));
        LocalDateTime after = NetworkTime.localNow();
        try {
            List<Job> cleanup = engine.getManagementService().createJobQuery().list().stream()
                    .filter(job -> "history-cleanup".equals(((JobEntity) job).getJobHandlerType())).toList();
            assertThat(cleanup).singleElement().satisfies(job -> {
                LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), NetworkTime.ZONE);
                // either clock reading may hold, should the engine have started across a minute or midnight
                assertThat(due).isIn(windowStartDueFrom(before), windowStartDueFrom(after));
            });
        } finally {
            engine.close();
        }
    }

    /**
     * Started inside the window (00:00-05:00) the job is due at today's window start, so at once;
     * started after it, at the next midnight.
     */
    private static LocalDateTime windowStartDueFrom(LocalDateTime now) {
        return now.toLocalTime().isBefore(LocalTime.of(5, 0)) ? now.toLocalDate().atStartOfDay()
                : now.toLocalDate().plusDays(1).atStartOfDay();
    }

    @Test
    void switchedOffTheEngineSchedulesNothing() {
        ProcessEngine engine = engineWith(new HistoryCleanupWindow(bind(Map.of("network.history-cleanup.enabled", "false"))));
        try {
            assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void aWindowAcrossMidnightIsPassedAsItIs() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        new HistoryCleanupWindow(bind(Map.of("network.history-cleanup.start", "22:30",
                "network.history-cleanup.end", "04:15"))).preInit(configuration);
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:30");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:15");
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> bind(Map.of("network.history-cleanup.start", "25:00")))
                .isInstanceOf(BindException.class).hasMessageContaining("network.history-cleanup.start");
    }

    @Test
    void anEmptyWindowIsRefusedNamingTheKeys() {
        assertThatThrownBy(() -> bind(Map.of("network.history-cleanup.start", "02:00",
                "network.history-cleanup.end", "02:00")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("network.history-cleanup.end").hasMessageContaining("network.history-cleanup.start");
    }

    private static HistoryCleanupProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("network.history-cleanup", HistoryCleanupProperties.class);
    }

    private static ProcessEngine engineWith(ProcessEnginePlugin plugin) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:history-cleanup-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("history-cleanup-" + System.nanoTime());
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(plugin);
        return configuration.buildProcessEngine();
    }
}
