package se.agencynetwork.system;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The webapps' own mount of the engine REST API ({@code /camunda/api/engine/*}, what Tasklist and
 * Cockpit call) answers refusals like {@code /engine-rest} does ({@link EngineRestRefusals}).
 * Camunda's {@code CamundaBpmWebappInitializer} registers that mount as the servlet "Engine Api"
 * with the JAX-RS application {@link EngineRestApplication}, unless a servlet of that name exists
 * already. So this initializer, ordered first, registers it itself, with the same name, mapping
 * and servlet, and Camunda's application plus the refusal mappers. A Spring Boot
 * {@code ResourceConfigCustomizer} does not reach that mount: it is not Spring Boot's Jersey.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    /** The name Camunda's webapp initializer gives the servlet of the mount. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    static ServletContextInitializer webappEngineApiWithRefusals(CamundaBpmProperties properties) {
        return new Registration(properties.getWebapp().getApplicationPath() + "/api/engine/*");
    }

    /** Camunda's engine REST application of the webapps with the refusal mappers added. */
    public static class EngineRestApplicationWithRefusals extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(EngineRestRefusals.EngineExceptionMapper.class);
            classes.add(EngineRestRefusals.WrappedEngineExceptionMapper.class);
            return classes;
        }
    }

    record Registration(String mapping) implements ServletContextInitializer, Ordered {

        @Override
        public void onStartup(ServletContext servletContext) {
            if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
                throw new IllegalStateException("the servlet '" + SERVLET_NAME + "' was registered before "
                        + getClass().getName() + ": its refusals would not be mapped");
            }
            ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
            servlet.addMapping(mapping);
            servlet.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS,
                    EngineRestApplicationWithRefusals.class.getName());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
