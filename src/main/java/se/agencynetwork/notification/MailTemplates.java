package se.agencynetwork.notification;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from its Swedish Thymeleaf templates under {@code templates/mail/}: the plain-text
 * part {@code <kind>.txt}, whose first line is {@code Ämne: <subject>}, and the HTML part
 * {@code <kind>.html}, which also sees the rendered {@code subject}.
 *
 * <p>An engine of its own (not the one Spring MVC uses, and not a bean), so that mail templates never
 * become web views; expressions are Spring EL.
 */
@Component
public class MailTemplates {

    static final String SUBJECT_PREFIX = "Ämne:";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        // the text resolver answers only for names ending in .txt, the HTML one for .html
        resolver.getResolvablePatternSpec().addPattern("*" + suffix);
        return resolver;
    }

    public Rendered render(MailKind kind, Map<String, Object> model) {
        Context context = new Context(SWEDISH);
        context.setVariables(new HashMap<>(model));
        String text = engine.process(kind.id() + ".txt", context).strip();
        int lineEnd = text.indexOf('\n');
        String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
        if (!firstLine.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("templates/mail/" + kind.id() + ".txt must start with '" + SUBJECT_PREFIX + " '");
        }
        String subject = firstLine.substring(SUBJECT_PREFIX.length()).strip();
        String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip() + "\n";
        context.setVariable("subject", subject);
        String html = engine.process(kind.id() + ".html", context);
        return new Rendered(subject, body, html);
    }
}
