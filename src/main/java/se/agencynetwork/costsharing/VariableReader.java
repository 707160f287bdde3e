package se.agencynetwork.costsharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/** Turns the typed process variables of {@link CostSharingVariables} into an allocation request, or refuses them. */
record VariableReader(ObjectMapper json) {

    /**
     * An amount as {@link ProcessVariable#money} reads it ({@link Money#of(Object)}: whole kronor, a decimal,
     * a Double by its shortest decimal form, text with a decimal point or comma); blank is missing. An
     * amount with fractions of an öre is refused, not rounded.
     */
    Money amount(VariableScope scope, ProcessVariable<Money> variable, boolean required) {
        String name = variable.name();
        Object value = scope.getVariable(name);
        Money amount;
        try {
            amount = variable.read(value);
        } catch (IllegalStateException e) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' är inte ett belopp i kronor med högst två decimaler: '"
                    + value + "'.",
                    "variable '" + name + "' is not an amount in whole öre");
        }
        if (amount == null && required) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' saknas.", "variable '" + name + "' missing");
        }
        return amount;
    }

    CostKey costKey(VariableScope scope) {
        Object value = scope.getVariable(CostSharingVariables.COST_KEY);
        if (value == null || value.toString().isBlank()) {
            return CostKey.PER_PARTICIPANT;
        }
        try {
            return CostKey.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw CostAllocationException.invalid("Okänd kostnadsnyckel '" + value + "'.", "unknown cost key '" + value + "'");
        }
    }

    List<CoFunder> coFunders(VariableScope scope) {
        String name = CostSharingVariables.PARTICIPANTS_BY_AGENCY;
        JsonNode node = tree(scope, name);
        if (node == null) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' saknas.", "variable '" + name + "' missing");
        }
        if (!node.isObject()) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' ska vara ett JSON-objekt {myndighet: antal}.",
                    "variable '" + name + "' must be a JSON object");
        }
        List<CoFunder> coFunders = new ArrayList<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode count = field.getValue();
            if (!count.canConvertToInt() || !(count.isIntegralNumber() || count.isNumber() && count.decimalValue()
                    .stripTrailingZeros().scale() <= 0)) {
                throw CostAllocationException.invalid(
                        "Antal deltagare för '" + field.getKey() + "' är inte ett heltal: " + count + ".",
                        "participants of '" + field.getKey() + "' not an integer");
            }
            coFunders.add(new CoFunder(field.getKey(), count.intValue()));
        }
        return coFunders;
    }

    List<InKindContribution> inKind(VariableScope scope) {
        String name = CostSharingVariables.IN_KIND_CONTRIBUTIONS;
        JsonNode node = tree(scope, name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' ska vara en JSON-lista.",
                    "variable '" + name + "' must be a JSON array");
        }
        List<InKindContribution> contributions = new ArrayList<>();
        for (JsonNode item : node) {
            String agency = item.path("agency").asText(null);
            String kind = item.path("kind").asText(null);
            JsonNode quantity = item.path("quantity");
            InKindKind parsedKind;
            try {
                parsedKind = kind == null ? null : InKindKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw CostAllocationException.invalid("Okänt slag av insats in natura '" + kind + "'.",
                        "unknown in-kind kind '" + kind + "'");
            }
            BigDecimal parsedQuantity;
            try {
                parsedQuantity = quantity.isNumber() ? quantity.decimalValue()
                        : quantity.isTextual() ? new BigDecimal(quantity.asText().trim()) : null;
            } catch (NumberFormatException e) {
                parsedQuantity = null;
            }
            contributions.add(new InKindContribution(agency, parsedKind, parsedQuantity));
        }
        return contributions;
    }

    String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** Reads a JSON (Spin) variable, JSON text, or a Map/List, as a Jackson tree. */
    private JsonNode tree(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String s) {
                return json.readTree(s);
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return json.valueToTree(value);
            }
            // a Spin JSON node (SpinJsonNode) prints itself as JSON text
            return json.readTree(value.toString());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw CostAllocationException.invalid("Variabeln '" + name + "' är inte giltig JSON.",
                    "variable '" + name + "' is not valid JSON");
        }
    }
}
