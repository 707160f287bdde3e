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

    /** One row of a dynamic list: its fields are found inside the row, by the list's own components. */
    private CamundaForm(Browser browser, String rowXpath, JsonNode list, String formId) {
        this.browser = browser;
        this.scope = rowXpath;
        this.schema = list;
        this.formId = formId;
    }

    /**
     * Row {@code index} (from 0) of the dynamic list bound to {@code path}, as a form of its own whose
     * fields are filled by their keys; rows are added with the list's add button ("Add new") until it exists.
     */
    CamundaForm row(String path, int index) {
        JsonNode list = list(schema.path("components"), path);
        if (list == null) {
            throw new IllegalArgumentException("form " + schema.path("id").asText() + " has no dynamic list '" + path + "'");
        }
        String listXpath = scope + "//div[contains(concat(' ', @class, ' '), ' fjs-form-field-dynamiclist ')]"
                + "[./label[normalize-space(.)=" + literal(list.path("label").asText()) + "]]";
        String rowsXpath = listXpath + "//div[contains(concat(' ', @class, ' '), ' fjs-repeat-row-container ')]";
        browser.visible(By.xpath(listXpath));
        while (browser.driver().findElements(By.xpath(rowsXpath)).size() <= index) {
            int rows = browser.driver().findElements(By.xpath(rowsXpath)).size();
            browser.click(By.xpath(listXpath + "//button[contains(@class,'fjs-repeat-render-add')]"));
            browser.await("row " + (rows + 1) + " of list " + path, driver -> driver.findElements(By.xpath(rowsXpath)).size() > rows);
        }
        return new CamundaForm(browser, "(" + rowsXpath + ")[" + (index + 1) + "]", list, formId);
    }

    /**
     * Types into a text, number or text area field. form-js takes a typed value only on blur (or 300 ms
     * after the last key), and a re-render before that (a row just added, say) puts the old value back:
     * so the field is left at once, and typed again if the value did not hold.
     */
    CamundaForm text(String key, Object value) {
        String text = String.valueOf(value);
        browser.await("field " + key + " holds '" + text + "'", driver -> {
            WebElement input = field(key).findElement(By.cssSelector("input.fjs-input, textarea"));
            if (!text.equals(input.getAttribute("value"))) {
                browser.scrollTo(input);
                input.clear();
                input.sendKeys(text);
                ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
            }
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
        By locator = By.xpath(scope + "//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')]"
                + "[.//label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + literal(label)
                + " or normalize-space(.)=" + literal(label + "*") + "]]");
        return browser.visible(locator);
    }

    private JsonNode component(String key) {
        JsonNode found = find(schema.path("components"), key);
        if (found == null) {
            throw new IllegalArgumentException("form " + schema.path("id").asText() + " has no field '" + key + "'");
        }
        return found;
    }

    private static JsonNode list(JsonNode components, String path) {
        for (JsonNode component : components) {
            if ("dynamiclist".equals(component.path("type").asText()) && path.equals(component.path("path").asText())) {
                return component;
            }
            JsonNode nested = list(component.path("components"), path);
            if (nested != null) {
                return nested;
            }
        }
        return null;
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
