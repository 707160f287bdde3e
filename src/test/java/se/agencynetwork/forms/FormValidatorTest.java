package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The schema checks without an engine: parsing of form-js JSON and each rule. */
class FormValidatorTest {

    static final FormSchema FORM = FormSchema.parse("""
            {"id": "unitForm", "type": "default", "schemaVersion": 16, "components": [
              {"type": "text", "text": "Rubrik"},
              {"type": "textfield", "key": "name", "label": "Namn", "validate": {"required": true, "maxLength": 5}},
              {"type": "textfield", "key": "shown", "label": "Visas", "readonly": true, "validate": {"required": true}},
              {"type": "textfield", "key": "off", "label": "Av", "disabled": true, "validate": {"required": true}},
              {"type": "textfield", "key": "maybe", "label": "Kanske", "conditional": {"hide": "=name = \\"x\\""},
               "validate": {"required": true, "minLength": 3}},
              {"type": "datetime", "key": "time", "label": "Tid", "subtype": "time"},
              {"type": "datetime", "key": "when", "label": "När", "subtype": "datetime"},
              {"type": "taglist", "key": "tags", "label": "Taggar", "values": [{"label": "A", "value": "a"}]},
              {"type": "radio", "key": "size", "label": "Storlek", "valuesKey": "sizes"},
              {"type": "spacer"}, {"type": "separator"}
            ]}""".getBytes());

    static List<FormViolation> validate(Map<String, Object> values) {
        return FormValidator.validate(FORM, values::get);
    }

    static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Anna");
        return values;
    }

    @Test
    void displayReadonlyAndDisabledComponentsCarryNoInput() {
        assertThat(FORM.fields()).extracting(FormField::key)
                .containsExactly("name", "maybe", "time", "when", "tags", "size");
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    void aConditionalFieldIsNotRequiredButCheckedWhenItHasAValue() {
        Map<String, Object> values = valid();
        assertThat(validate(values)).isEmpty();
        values.put("maybe", "ab");
        assertThat(validate(values)).extracting(FormViolation::key).containsExactly("maybe");
    }

    @Test
    void textThatLooksLikeJsonStaysText() {
        Map<String, Object> values = valid();
        values.put("name", "[a]");
        assertThat(validate(values)).isEmpty();
    }

    @Test
    void blankTextCountsAsMissing() {
        Map<String, Object> values = valid();
        values.put("name", "  ");
        assertThat(validate(values)).singleElement().extracting(FormViolation::message)
                .isEqualTo("Fältet \"Namn\" (name) måste fyllas i.");
    }

    @Test
    void timesAndDateTimesAreParsedByTheirSubtype() {
        Map<String, Object> values = valid();
        values.put("time", "10:30");
        values.put("when", "2026-05-01T10:30");
        assertThat(validate(values)).isEmpty();
        values.put("when", "2026-05-01T10:30Z");
        assertThat(validate(values)).isEmpty();
        values.put("when", new Date());
        values.put("time", "halv elva");
        assertThat(validate(values)).extracting(FormViolation::key).containsExactly("time");
        assertThat(FormValidator.parseDate("date", LocalDate.now().toString())).isNotNull();
    }

    @Test
    void listsMayComeAsSpinJsonJsonTextOrJavaLists() {
        Map<String, Object> values = valid();
        values.put("tags", Spin.JSON("[\"a\", \"b\"]"));
        assertThat(validate(values)).extracting(FormViolation::message)
                .containsExactly("Fältet \"Taggar\" (tags) har värdet \"b\", som inte finns bland de tillåtna valen.");
        values.put("tags", "[\"a\"]");
        assertThat(validate(values)).isEmpty();
        values.put("tags", List.of("a"));
        assertThat(validate(values)).isEmpty();
        values.put("tags", "a");
        assertThat(validate(values)).extracting(FormViolation::key).containsExactly("tags");
    }

    @Test
    void optionsFedFromAVariableAreCheckedAgainstThatVariableAndRefusedWhenItIsMissing() {
        Map<String, Object> values = valid();
        values.put("size", "m");
        assertThat(validate(values)).singleElement().extracting(FormViolation::message).asString()
                .contains("valen (sizes) saknas");
        values.put("sizes", Spin.JSON("[{\"label\": \"Medel\", \"value\": \"m\"}]"));
        assertThat(validate(values)).isEmpty();
        values.put("size", "xl");
        assertThat(validate(values)).extracting(FormViolation::key).containsExactly("size");
    }

    @Test
    void aFormWithoutIdOrValidJsonIsNotAForm() {
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": []}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormSchema.parse("not json".getBytes())).isInstanceOf(IllegalArgumentException.class);
    }
}
