package se.agencynetwork.system;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine its nightly history cleanup window ({@link HistoryCleanupProperties}). */
@Component
class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final HistoryCleanupProperties properties;

    HistoryCleanupWindow(HistoryCleanupProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (properties.enabled()) {
            configuration.setHistoryCleanupBatchWindowStartTime(HOURS_MINUTES.format(properties.start()));
            configuration.setHistoryCleanupBatchWindowEndTime(HOURS_MINUTES.format(properties.end()));
        }
    }
}
