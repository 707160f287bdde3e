package se.agencynetwork.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The procurement officer's cases of docs/PROCUREMENT.md section 7, row by row, against the decision table
 * the application deployed and the application's own schedule settings: value, CPV, date, framework agreement
 * and the year's earlier direct awards in; procedure, documentation, post-award notice, standstill, minimum
 * tender period and the questions/answers deadlines out. A row that no longer holds fails here, so the table
 * in the docs is the model's specification (as the README's authorization matrix is for the permissions).
 */
@SpringBootTest
class ProcurementCasesTest {

    static final Path DOC = Path.of("docs/PROCUREMENT.md");
    static final String SECTION = "## 7. A procurement officer's cases";

    @Autowired
    DecisionService decisions;
    @Autowired
    ProcurementProperties properties;

    /** One row of the table, as written. */
    record Case(String id, long value, String cpv, LocalDate date, String framework, long earlierDirectAwards,
            String procedure, String documentation, String postAwardNotice, String standstill, String minimumPeriod,
            String timeLimits) {
        @Override
        public String toString() {
            return id + ": " + value + " kr, CPV " + cpv + ", " + date + (framework.equals("no") ? "" : ", " + framework)
                    + (earlierDirectAwards == 0 ? "" : ", earlier " + earlierDirectAwards);
        }
    }

    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf(SECTION);
        assertThat(start).as(SECTION + " in " + DOC).isNotNegative();
        List<Case> cases = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| ") || !Character.isDigit(line.charAt(2))) {
                continue;
            }
            String[] c = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::trim)
                    .toArray(String[]::new);
            assertThat(c).as(line).hasSize(12);
            cases.add(new Case(c[0], kronor(c[1]), c[2], LocalDate.parse(c[3]), c[4], kronor(c[5]), c[6].replace("`", ""),
                    c[7], c[8], c[9], c[10], c[11]));
        }
        return cases;
    }

    static long kronor(String text) {
        return Long.parseLong(text.replace(" ", "").replace("\u00a0", ""));
    }

    static Stream<Case> rows() throws IOException {
        return cases().stream();
    }

    @Test
    void theTableHasAtLeastFifteenCasesCoveringEveryOutcome() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        assertThat(cases).extracting(Case::procedure).contains("DIRECT_AWARD", "BELOW_THRESHOLD_ADVERTISED", "OPEN_PROCEDURE",
                "STOP", "CALL_OFF");
        assertThat(cases).filteredOn(c -> c.earlierDirectAwards() > 0).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theDeployedModelDecidesAsTheTableSays(Case row) {
        boolean annexTwo = CpvCodes.isAnnexTwoTraining(row.cpv());
        Optional<ProcedureDecision.Outcome> outcome = row.framework().startsWith("call-off")
                ? Optional.of(ChooseCallOff.outcome(row.framework().endsWith("renewed competition")))
                : ProcedureDecision.evaluate(decisions, row.value(), row.value() + row.earlierDirectAwards(), annexTwo, row.date());
        if (row.procedure().equals("STOP")) {
            assertThat(outcome).as("no thresholds for the day: the coordinators' task, never last period's figures").isEmpty();
            assertThat(List.of(row.documentation(), row.postAwardNotice(), row.standstill(), row.minimumPeriod(), row.timeLimits()))
                    .containsOnly("–");
            return;
        }
        assertThat(outcome).as("a row of the table holds").isPresent();
        ProcedureDecision.Outcome o = outcome.get();
        assertThat(o.procedure()).as("procedure").isEqualTo(row.procedure());
        assertThat(yesNo(o.documentationRequired())).as("documentation").isEqualTo(row.documentation());
        assertThat(yesNo(o.postAwardNotice())).as("post-award notice").isEqualTo(row.postAwardNotice());
        assertThat(o.standstillApplies() ? properties.standstillElectronicDays() + "/" + properties.standstillOtherDays() + " days"
                : "no").as("standstill").isEqualTo(row.standstill());
        if (o.minimumTenderPeriodDays() == 0) {
            assertThat(List.of(row.minimumPeriod(), row.timeLimits())).as("no tender period").containsOnly("–");
            return;
        }
        assertThat(o.minimumTenderPeriodDays() + " days").as("minimum tender period").isEqualTo(row.minimumPeriod());
        LocalDate deadline = row.date().plusDays(o.minimumTenderPeriodDays());
        assertThat("tenders " + deadline + ", answers " + ScheduleTenderPeriod.answersDeadline(deadline, properties)
                + ", questions " + ScheduleTenderPeriod.questionsDeadline(deadline, properties))
                .as("the earliest deadline and its questions and answers").isEqualTo(row.timeLimits());
        assertThat(ScheduleTenderPeriod.questionsDeadline(deadline, properties)).as("questions close after the request")
                .isAfter(row.date());
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
