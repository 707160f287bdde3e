package se.agencynetwork.system;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import se.agencynetwork.directory.DirectoryProfiles;

/**
 * The engine REST API is never anonymous: every call is authenticated with HTTP Basic against
 * the Camunda identity service (which the network directory fills), and the engine's
 * authorization checks then apply to that user exactly as in Tasklist.
 *
 * <p>On both mounts of the engine REST API - {@code /engine-rest} and the webapps'
 * {@code <webapp path>/api/engine} that Tasklist, Cockpit and Admin use - what users may send is
 * narrowed further: only plain variable types ({@link VariableInputFilter}) and no profile changes
 * of directory users ({@link UserProfileGuard}). On {@code /engine-rest} they run after the
 * authentication, so an anonymous caller is answered 401 whatever he sends.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurity {

    static final String ENGINE_REST_PATTERN = "/engine-rest/*";

    private final String webappEnginePattern;

    EngineRestSecurity(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappEnginePattern = webappPath + "/api/engine/*";
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestVariableInputFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new VariableInputFilter(true));
        registration.setName("engine-rest-variable-input");
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> webappEngineVariableInputFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new VariableInputFilter(false));
        registration.setName("webapp-engine-variable-input");
        registration.addUrlPatterns(webappEnginePattern);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestUserProfileGuard(DirectoryProfiles profiles) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new UserProfileGuard(profiles));
        registration.setName("engine-rest-user-profile-guard");
        registration.addUrlPatterns(ENGINE_REST_PATTERN, webappEnginePattern);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
