package se.agencynetwork.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda accept the ids the directory uses. By default Camunda allows only
 * {@code [a-zA-Z0-9]+} (and {@code camunda-admin}) as user and group ids, which refuses
 * {@code spv-heads}, {@code wg-legal} and {@code chef-spv}. The patterns below add exactly what
 * {@link DirectoryValidator} allows and keep what Camunda allows by default, so users and groups
 * made by hand in Camunda Admin work as before. A pattern set explicitly in the configuration
 * (generic property {@code user-resource-whitelist-pattern} / {@code group-resource-whitelist-pattern})
 * is left as it is.
 */
@Component
class DirectoryIdPatterns extends AbstractProcessEnginePlugin {

    static final String CAMUNDA_DEFAULT = "[a-zA-Z0-9]+";
    static final String USER_IDS = CAMUNDA_DEFAULT + "|" + DirectoryValidator.USERNAME.pattern();
    static final String GROUP_IDS = CAMUNDA_DEFAULT + "|" + Groups.CAMUNDA_ADMIN + "|[a-z][a-z0-9-]*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getUserResourceWhitelistPattern() == null) {
            configuration.setUserResourceWhitelistPattern(USER_IDS);
        }
        if (configuration.getGroupResourceWhitelistPattern() == null) {
            configuration.setGroupResourceWhitelistPattern(GROUP_IDS);
        }
    }
}
