package se.agencynetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.agencynetwork.process.ProcessVariable;

/**
 * Tests name a process variable by the constant its process declares (CONTRIBUTING.md, "Process
 * variables"), not by a literal: a literal that equals a declared name, handed to the engine's variable
 * API as the variable's name, fails here with file and line.
 *
 * <p>The rule is narrow on purpose, so that it has no false alarms: it reads only the name argument of
 * {@code getVariable}, {@code setVariable}, {@code removeVariable} (and their local and typed forms),
 * {@code variableName}, {@code putValue} and {@code processVariableValueEquals}. Map keys ({@code Map.of},
 * {@code put}) are not checked: from the source alone it cannot be told whether a key is a process
 * variable, a key inside a JSON value, a SQL column or a field of a test-only model, and a name one process
 * declares can be a field another process does not declare (the idea's shaping form sends
 * {@code estimatedCost}, which procurement and delivery declare).
 */
class VariableNamesInTestsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");

    /** Tests of test-only models whose own variables share names with declared ones; the model in the comment. */
    private static final Set<String> TEST_MODELS = Set.of(
            "se/agencynetwork/forms/FormEnforcementEngineTest.java", // models/probe/probe.bpmn
            "se/agencynetwork/forms/FormRefusalLoggingTest.java", // models/probe/probe.bpmn
            "se/agencynetwork/directory/DirectoryAuthorizationTest.java"); // directory/agency-round-test.bpmn

    /** An argument before the name: anything but a text literal, a comma or a parenthesis, or a call's parentheses. */
    private static final String ARGUMENT = "(?:[^()\",]|\\([^()]*\\))+";
    /** The name as the first argument. */
    private static final Pattern FIRST = Pattern.compile("\\.(?:getVariable|getVariableLocal|getVariableTyped"
            + "|getVariableLocalTyped|setVariable|setVariableLocal|removeVariable|removeVariableLocal|hasVariable"
            + "|hasVariableLocal|variableName|putValue|putValueTyped|processVariableValueEquals)\\(\\s*\"(\\w+)\"");
    /** The name after an execution's or a task's id: {@code getVariable(id, name)}. */
    private static final Pattern AFTER_ID = Pattern.compile("\\.(?:getVariable|getVariableLocal|getVariableTyped"
            + "|getVariableLocalTyped|removeVariable|removeVariableLocal)\\(" + ARGUMENT + ",\\s*\"(\\w+)\"\\s*[,)]");
    /** The name between an id and a value: {@code setVariable(id, name, value)}. */
    private static final Pattern BETWEEN_ID_AND_VALUE = Pattern.compile("\\.(?:setVariable|setVariableLocal)\\("
            + ARGUMENT + ",\\s*\"(\\w+)\"\\s*,");

    @Test
    void testsNameProcessVariablesByTheirConstants() throws IOException {
        Map<String, Set<String>> declared = declaredNames();
        assertThat(declared).as("names declared by the *Variables classes").containsKeys("title", "contractPrice",
                "totalCost", "benefitRating");
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = TESTS.relativize(file).toString().replace('\\', '/');
                if (TEST_MODELS.contains(relative)) {
                    continue;
                }
                String source = Files.readString(file);
                for (Pattern pattern : List.of(FIRST, AFTER_ID, BETWEEN_ID_AND_VALUE)) {
                    Matcher name = pattern.matcher(source);
                    while (name.find()) {
                        Set<String> constants = declared.get(name.group(1));
                        if (constants != null) {
                            literals.add(relative + ":" + line(source, name.start(1)) + ": \"" + name.group(1)
                                    + "\" is declared as " + String.join(" and ", constants));
                        }
                    }
                }
            }
        }
        assertThat(literals).as("variable names written as literals in tests").isEmpty();
    }

    /**
     * Each declared name and the constants that declare it: the typed constants' names, the {@code Names} classes and the text
     * constants at the top of each {@code *Variables} class (process keys, business key prefixes, form keys
     * and messages left out).
     */
    static Map<String, Set<String>> declaredNames() throws IOException {
        Map<String, Set<String>> names = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Variables.java")).toList()) {
                String type = MAIN.relativize(file).toString().replace('\\', '/').replace(".java", "").replace('/', '.');
                Class<?> variables;
                try {
                    variables = Class.forName(type);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(type, e);
                }
                collect(variables, variables.getSimpleName() + ".", names);
                for (Class<?> nested : variables.getDeclaredClasses()) {
                    if (nested.getSimpleName().equals("Names")) {
                        collect(nested, variables.getSimpleName() + ".Names.", names);
                    }
                }
            }
        }
        return names;
    }

    private static void collect(Class<?> type, String prefix, Map<String, Set<String>> names) {
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value;
            try {
                value = field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof ProcessVariable<?> variable) {
                names.computeIfAbsent(variable.name(), name -> new TreeSet<>()).add(prefix + field.getName());
            } else if (value instanceof String text && Modifier.isFinal(field.getModifiers()) && isName(field.getName())
                    && text.matches("[a-z]\\w*")) {
                names.computeIfAbsent(text, name -> new TreeSet<>()).add(prefix + field.getName());
            }
        }
    }

    private static boolean isName(String constant) {
        return !constant.equals("PROCESS_KEY") && !constant.equals("BUSINESS_KEY_PREFIX") && !constant.endsWith("_FORM")
                && !constant.endsWith("_MESSAGE");
    }

    private static int line(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
