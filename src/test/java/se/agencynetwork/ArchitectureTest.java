package se.agencynetwork;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import se.agencynetwork.process.NetworkTime;

/**
 * The house in one direction (issue 23): capabilities (one business process each, or one page) use
 * the shared packages and never each other; the shared packages use no capability; no package
 * cycles; only the form enforcement and the engine plugins reach into the engine's form and parse
 * classes; one clock. Main code only: tests may drive several capabilities at once.
 *
 * <p>Capabilities that need something of another one get it through a narrow interface in a shared
 * package (e.g. {@code process.IdeaProposals}, {@code process.IdeaInterest},
 * {@code directory.GrantContribution}, {@code system.StartPageEntry}), which the owner implements.
 */
class ArchitectureTest {

    static final String ROOT = "se.agencynetwork";
    static final List<String> CAPABILITIES = List.of("idea", "needs", "review", "procurement", "delivery",
            "staffloan", "mentorship", "recruitment", "referral",
            "evaluation", "yh", "overview", "demo", "home");
    static final List<String> SHARED = List.of("process", "forms", "system", "directory", "notification",
            "costsharing", "survey");

    private static final Path SOURCES = Path.of("src/main/java/se/agencynetwork");
    /** An import, or a qualified name in code (not in a comment), of a package of the application. */
    private static final Pattern NAMED_PACKAGE = Pattern.compile(
            "^(?:import (?:static )?|(?![*/]).*\\b)se\\.agencynetwork\\.(\\w+)\\.");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsACapabilityOrShared() {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        MAIN.forEach(type -> {
            String name = type.getPackageName();
            if (name.startsWith(ROOT + ".")) {
                packages.add(name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
        });
        assertThat(packages).as("a new package must be named in CAPABILITIES or SHARED, so the rules above see it")
                .isNotEmpty().allMatch(p -> CAPABILITIES.contains(p) || SHARED.contains(p));
    }

    @Test
    void sharedPackagesImportNoCapability() {
        noClasses().that().resideInAnyPackage(packages(SHARED))
                .should().dependOnClassesThat().resideInAnyPackage(packages(CAPABILITIES))
                .check(MAIN);
    }

    @Test
    void theDirectoryImportsNoCapability() {
        noClasses().that().resideInAPackage(ROOT + ".directory..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(CAPABILITIES))
                .check(MAIN);
    }

    @Test
    void capabilitiesImportNoOtherCapability() {
        capabilitiesImportNoOther(CAPABILITIES).check(MAIN);
    }

    @Test
    void onlyFormsUsesTheEngineFormClasses() {
        onlyFormsUsesTheEngineFormClassesAmong(ROOT + "..").check(MAIN);
    }

    @Test
    void onlyEnginePluginsHookIntoModelParsing() {
        noClasses().that(DescribedPredicate.not(PART_OF_ENGINE_PLUGIN))
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl.bpmn.parser..")
                .because("listeners are added while a model is parsed only by the form enforcement (forms)"
                        + " and the case names (process), both engine plugins")
                .check(MAIN);
    }

    @Test
    void onlyNetworkTimeReadsTheEngineClock() {
        onlyNetworkTimeUsesClockUtilIn(ROOT + "..").check(MAIN);
    }

    /** Money is {@code process.Money} (whole öre): no field or method named like an amount is floating point. */
    @Test
    void noAmountIsAFloatingPointNumber() {
        String amountName = "(?i).*(amount|price|cost|total|share|fee|kronor).*";
        noFields().that().haveNameMatching(amountName)
                .should().haveRawType(double.class).orShould().haveRawType(Double.class)
                .orShould().haveRawType(float.class).orShould().haveRawType(Float.class)
                .check(MAIN);
        noMethods().that().haveNameMatching(amountName)
                .should().haveRawReturnType(double.class).orShould().haveRawReturnType(Double.class)
                .orShould().haveRawReturnType(float.class).orShould().haveRawReturnType(Float.class)
                .check(MAIN);
    }

    /**
     * The compiled classes do not show a compile-time constant of another package (javac copies it),
     * so the sources' imports are checked too: e.g. a process key or variable name of another capability.
     */
    @Test
    void noCapabilityOrSharedPackageImportsAnotherCapabilityInTheSources() throws IOException {
        assertThat(capabilityImportsIn(CAPABILITIES)).isEmpty();
    }

    /** "file: imported capability" for each source line of the packages that names a capability it may not use. */
    private static List<String> capabilityImportsIn(List<String> capabilities) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> checked = new ArrayList<>(capabilities);
        checked.addAll(SHARED);
        for (String pkg : checked) {
            Path dir = SOURCES.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        Matcher named = NAMED_PACKAGE.matcher(line.strip());
                        if (named.find() && CAPABILITIES.contains(named.group(1)) && !named.group(1).equals(pkg)) {
                            found.add(SOURCES.relativize(file) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static ArchRule capabilitiesImportNoOther(List<String> capabilities) {
        return CompositeArchRule.of(capabilities.stream().map(capability -> (ArchRule) noClasses()
                .that().resideInAPackage(ROOT + "." + capability + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(CAPABILITIES.stream()
                        .filter(other -> !other.equals(capability)).toList()))
                .because("a capability gets what it needs of another through a narrow interface in a shared package"))
                .toList());
    }

    private static ArchRule onlyFormsUsesTheEngineFormClassesAmong(String packages) {
        return noClasses().that().resideInAPackage(packages).and().resideOutsideOfPackage(ROOT + ".forms..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl.form..")
                .because("forms owns the form enforcement: others refuse through FormRule and FormRefusedException");
    }

    private static ArchRule onlyNetworkTimeUsesClockUtilIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).and(DescribedPredicate.not(PART_OF_NETWORK_TIME))
                .should().dependOnClassesThat().areAssignableTo(ClockUtil.class)
                .because("NetworkTime is the one clock (the engine's, bridged for Spring code)");
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }

    private static final DescribedPredicate<JavaClass> PART_OF_ENGINE_PLUGIN = DescribedPredicate.describe(
            "part of an engine plugin", type -> outermost(type).isAssignableTo(ProcessEnginePlugin.class));

    private static final DescribedPredicate<JavaClass> PART_OF_NETWORK_TIME = DescribedPredicate.describe(
            "part of NetworkTime", type -> outermost(type).isEquivalentTo(NetworkTime.class));

    /** The top-level class of a nested or anonymous class (the class itself when it is top level). */
    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
