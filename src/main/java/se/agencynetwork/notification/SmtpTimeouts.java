package se.agencynetwork.notification;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Gives Spring Boot's mail sender finite SMTP timeouts ({@code network.notification.smtp-timeout})
 * unless {@code spring.mail.properties.mail.smtp.*timeout} already sets them: with JavaMail's
 * default (wait forever) a hanging SMTP server would keep a delivery job running past the job
 * executor's lock time, and another node would then send the same mail again.
 */
@Configuration(proxyBeanMethods = false)
class SmtpTimeouts {

    @Bean
    static BeanPostProcessor smtpTimeoutPostProcessor(ObjectProvider<NotificationProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    String millis = Long.toString(properties.getObject().smtpTimeout().toMillis());
                    Properties mail = sender.getJavaMailProperties();
                    mail.putIfAbsent("mail.smtp.connectiontimeout", millis);
                    mail.putIfAbsent("mail.smtp.timeout", millis);
                    mail.putIfAbsent("mail.smtp.writetimeout", millis);
                }
                return bean;
            }
        };
    }
}
