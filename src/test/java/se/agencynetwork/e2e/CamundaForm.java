package se.agencynetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form as form-js renders it in Tasklist, filled by the form's field keys. form-js gives
 * its inputs generated ids, so a field is found by its label, which is read from the deployed
 * form file (forms/*.form) for the key: the test names what the process reads, the browser finds
 * what a person sees.
 */
final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser;
    private final String scope;
    private final JsonNode schema;
    private final String formId;

    /** The form inside the element of this CSS class ({@code modal} for a start form, {@code task-card} for a task). */
    CamundaForm(Browser browser, String scopeClass, String formId) {
        this.browser = browser;
        this.scope = "//*[contains(concat(' ', @class, ' '), ' " + scopeClass + " ')]";
        this.schema = schema(formId);
        this.formId = formId;
        browser.visible(By.xpath(scope + "//form[contains(@class,'fjs-form')] | " + scope + "//*[contains(@class,'fjs-form')]"));
    }

    /** The form's id ({@code id} in its .form file). */
    String formId() {
        return formId;
    }

    /**
     * Types the value into a text, text area or number field. form-js takes what is typed after a short
     * debounce, reading the input when the timer fires, and at once when the field loses focus; a re-render
     * for another field in between puts the field's old value back. So the field is left (blurred) after
     * typing, which commits it, and typed again should it not hold the value.
     */
    CamundaForm text(String key, Object value) {
        String text = String.valueOf(value);
        WebElement input = field(key).findElement(By.cssSelector("input.fjs-input, textarea"));
        browser.scrollTo(input);
        browser.await("field " + key + " holds '" + text + "'", driver -> {
            if (!text.equals(input.getAttribute("value"))) {
                // WebElement.clear() empties the element without an input event, so form-js would keep a
                // prefilled value: select it and delete it as a person would
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(text);
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
            return text.equals(input.getAttribute("value")) ? Boolean.TRUE : null;
        });
        return this;
    }

    /** A radio button or a select option, by its value; options that come from a variable by their label. */
    CamundaForm choose(String key, String value) {
        JsonNode component = component(key);
        String label = optionLabel(component, value);
        WebElement field = field(key);
        if ("radio".equals(component.path("type").asText())) {
            WebElement option = field.findElement(By.xpath(".//label[normalize-space(.)=" + literal(label) + "]"));
            browser.scrollTo(option);
            option.click();
        } else {
            // the list opens when the select gets focus (a TAB out of the field before opens it too), and
            // a click on an open select closes it: click only when the list is not open yet
            if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
                WebElement control = field.findElement(By.cssSelector(".fjs-input-group"));
                browser.scrollTo(control);
                control.click();
            }
            // the list may render a moment later: wait for the option, then click it
            // (only one dropdown list is open at a time)
            By option = By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(label) + "]");
            browser.scrollTo(browser.visible(option));
            browser.click(option);
        }
        return this;
    }

    CamundaForm check(String key, boolean checked) {
        WebElement box = field(key).findElement(By.cssSelector("input[type=checkbox]"));
        browser.scrollTo(box);
        if (box.isSelected() != checked) {
            box.click();
        }
        return this;
    }

    /** Ticks the options of a checklist with these labels. */
    CamundaForm tick(String key, List<String> labels) {
        WebElement field = field(key);
        for (String label : labels) {
            WebElement box = field.findElement(By.xpath(".//label[normalize-space(.)=" + literal(label)
                    + "]/preceding-sibling::input[@type='checkbox'] | .//label[normalize-space(.)=" + literal(label)
                    + "]//input[@type='checkbox']"));
            browser.scrollTo(box);
            if (!box.isSelected()) {
                box.click();
            }
        }
        return this;
    }

    /** A date field (form-js datetime, subtype date) typed as Tasklist's English locale shows it. */
    CamundaForm date(String key, java.time.LocalDate date) {
        WebElement input = field(key).findElement(By.cssSelector("input.flatpickr-input"));
        browser.scrollTo(input);
        input.clear();
        input.sendKeys(String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()), Keys.TAB);
        return this;
    }

    /** The value a read-only field shows. */
    String shown(String key) {
        WebElement input = field(key).findElement(By.cssSelector("input, textarea"));
        return input.getAttribute("value");
    }

    WebElement field(String key) {
        JsonNode component = component(key);
        String label = component.hasNonNull("label") ? component.path("label").asText() : component.path("dateLabel").asText();
        // the field nearest to its label: a group is a form field too and holds every label of its fields
        By locator = By.xpath(scope + "//label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + literal(label)
                + " or normalize-space(.)=" + literal(label + "*") + "]"
                + "/ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]");
        return browser.visible(locator);
    }

    private JsonNode component(String key) {
        JsonNode found = find(schema.path("components"), key);
        if (found == null) {
            throw new IllegalArgumentException("form " + schema.path("id").asText() + " has no field '" + key + "'");
        }
        return found;
    }

    private static JsonNode find(JsonNode components, String key) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode nested = find(component.path("components"), key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static String optionLabel(JsonNode component, String value) {
        for (JsonNode option : component.path("values")) {
            if (value.equals(option.path("value").asText())) {
                return option.path("label").asText();
            }
        }
        return value;
    }

    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static JsonNode schema(String formId) {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                if (formId.equals(form.path("id").asText())) {
                    return form;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no form with id " + formId + " in forms/");
    }
}
