package se.agencynetwork.system;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to log in. */
@Component
class StartupInfo {

    private static final Logger LOG = LoggerFactory.getLogger(StartupInfo.class);

    @EventListener(ApplicationReadyEvent.class)
    void printWhereToLogIn(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // no web server (a test without one)
        }
        String base = "http://localhost:" + port;
        LOG.info("""

                ------------------------------------------------------------------------
                  Agency network workflows is ready
                  Tasklist : {}/camunda/app/tasklist/
                  Cockpit  : {}/camunda/app/cockpit/      Admin: {}/camunda/app/admin/
                  REST     : {}/engine-rest  and  {}/api   (HTTP Basic)
                  Health   : {}/actuator/health{}
                ------------------------------------------------------------------------""",
                base, base, base, base, base, base, demoLogins(environment));
    }

    private static String demoLogins(Environment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(AdminPasswordGuard.DEMO_PROFILE)) {
            return "";
        }
        return "\n  Demo logins, password 'demo': admin, koordinator, utbildningsadmin,"
                + "\n  chef-<agency> and utbkoord-<agency> (e.g. chef-spv, utbkoord-csn)";
    }
}
