package se.agencynetwork.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.procurement.ProcurementVariables.Names.ANNEX_TWO;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DECISION_DATE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DIRECT_AWARD_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.DOCUMENTATION_REQUIRED;
import static se.agencynetwork.procurement.ProcurementVariables.Names.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.MINIMUM_TENDER_PERIOD_DAYS;
import static se.agencynetwork.procurement.ProcurementVariables.Names.POST_AWARD_NOTICE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.PROCEDURE;
import static se.agencynetwork.procurement.ProcurementVariables.Names.STANDSTILL_APPLIES;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The procedure table processes/procurement-procedure.dmn at every boundary: the direct award
 * limit (with the year's earlier direct awards of the same kind), the EU threshold, the annex 2 limit,
 * the documentation limit, the post-award notice and the validity periods. The procurement officer's
 * cases are in docs/PROCUREMENT.md, checked by {@link ProcurementCasesTest}.
 */
class ProcurementProcedureDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("processes/procurement-procedure.dmn")) {
            decision = dmn.parseDecision("procurementProcedure", in);
        }
    }

    static DmnDecisionTableResult evaluate(long value, boolean annexTwo, String date) {
        return evaluate(value, value, annexTwo, date);
    }

    static DmnDecisionTableResult evaluate(long value, long directAwardValue, boolean annexTwo, String date) {
        return dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue(ESTIMATED_VALUE, value)
                .putValue(DIRECT_AWARD_VALUE, directAwardValue).putValue(ANNEX_TWO, annexTwo).putValue(DECISION_DATE, date));
    }

    static Map<String, Object> row(long value, boolean annexTwo, String date) {
        return row(value, value, annexTwo, date);
    }

    static Map<String, Object> row(long value, long directAwardValue, boolean annexTwo, String date) {
        DmnDecisionTableResult result = evaluate(value, directAwardValue, annexTwo, date);
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }

    static String procedure(long value, boolean annexTwo, String date) {
        return (String) row(value, annexTwo, date).get(PROCEDURE);
    }

    @Test
    void directAwardLimitIsBelow700000() {
        assertThat(procedure(699_999, false, "2025-03-03")).isEqualTo("DIRECT_AWARD");
        assertThat(procedure(700_000, false, "2025-03-03")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        assertThat(procedure(700_001, false, "2025-03-03")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
    }

    @Test
    void euThresholdFrom1546202() {
        assertThat(procedure(1_546_201, false, "2025-03-03")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        Map<String, Object> open = row(1_546_202, false, "2025-03-03");
        assertThat(open).containsEntry(PROCEDURE, "OPEN_PROCEDURE").containsEntry(STANDSTILL_APPLIES, true)
                .containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 35).containsEntry(DOCUMENTATION_REQUIRED, false);
    }

    @Test
    void annexTwoTrainingHasItsOwnLimit() {
        assertThat(procedure(700_000, true, "2025-03-03")).isEqualTo("DIRECT_AWARD");
        assertThat(procedure(1_546_202, true, "2025-03-03")).isEqualTo("DIRECT_AWARD");
        assertThat(procedure(8_109_449, true, "2025-03-03")).isEqualTo("DIRECT_AWARD");
        assertThat(procedure(8_109_450, true, "2025-03-03")).isEqualTo("OPEN_PROCEDURE");
        assertThat(procedure(8_109_451, true, "2025-03-03")).isEqualTo("OPEN_PROCEDURE");
    }

    @Test
    void documentationFrom100000() {
        assertThat(row(99_999, false, "2025-03-03")).containsEntry(PROCEDURE, "DIRECT_AWARD")
                .containsEntry(DOCUMENTATION_REQUIRED, false).containsEntry(STANDSTILL_APPLIES, false);
        assertThat(row(100_000, false, "2025-03-03")).containsEntry(PROCEDURE, "DIRECT_AWARD")
                .containsEntry(DOCUMENTATION_REQUIRED, true);
        assertThat(row(99_999, true, "2025-03-03")).containsEntry(DOCUMENTATION_REQUIRED, false);
        assertThat(row(100_000, true, "2025-03-03")).containsEntry(DOCUMENTATION_REQUIRED, true);
    }

    @Test
    void belowThresholdAdvertisedHasStandstillAndAGuidelinePeriod() {
        assertThat(row(800_000, false, "2025-03-03")).containsEntry(STANDSTILL_APPLIES, true)
                .containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 14).containsEntry(DOCUMENTATION_REQUIRED, false);
        assertThat(row(500_000, false, "2025-03-03")).containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 10);
    }

    @Test
    void directAwardLimitValidFrom20220201() {
        assertThat(evaluate(699_999, false, "2022-01-31")).isEmpty();
        assertThat(procedure(699_999, false, "2022-02-01")).isEqualTo("DIRECT_AWARD");
    }

    @Test
    void eachPeriodHasItsOwnThresholds() {
        // 2022-2023: 1 456 476 and 7 802 550 kr
        assertThat(procedure(1_456_475, false, "2023-12-31")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        assertThat(procedure(1_456_476, false, "2023-12-31")).isEqualTo("OPEN_PROCEDURE");
        assertThat(procedure(7_802_550, true, "2023-12-31")).isEqualTo("OPEN_PROCEDURE");
        // 2024-2025: 1 546 202 and 8 109 450 kr, from the first day to the last
        assertThat(procedure(1_500_000, false, "2024-01-01")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        assertThat(procedure(1_546_202, false, "2024-01-01")).isEqualTo("OPEN_PROCEDURE");
        assertThat(procedure(8_109_450, true, "2024-01-01")).isEqualTo("OPEN_PROCEDURE");
        assertThat(procedure(1_546_201, false, "2025-12-31")).isEqualTo("BELOW_THRESHOLD_ADVERTISED");
        assertThat(procedure(8_109_449, true, "2025-12-31")).isEqualTo("DIRECT_AWARD");
    }

    @Test
    void from2026OnlyWhatNeedsNoUnverifiedSekFigureIsDecided() {
        // the direct award limit of 700 000 kr is a sum in the law: decided
        assertThat(row(699_999, false, "2026-01-01")).containsEntry(PROCEDURE, "DIRECT_AWARD")
                .containsEntry(DOCUMENTATION_REQUIRED, true);
        assertThat(procedure(99_999, true, "2027-12-31")).isEqualTo("DIRECT_AWARD");
        assertThat(procedure(699_999, true, "2026-03-02")).isEqualTo("DIRECT_AWARD");
        // anything that needs the 2026-2027 thresholds in kronor has no row: never last period's figures
        assertThat(evaluate(700_000, false, "2026-01-01")).isEmpty();
        assertThat(evaluate(1_546_202, false, "2026-03-02")).isEmpty();
        assertThat(evaluate(700_000, true, "2026-03-02")).isEmpty();
        assertThat(evaluate(8_109_450, true, "2026-03-02")).isEmpty();
        // after the last period nothing at all
        assertThat(evaluate(50_000, false, "2028-01-01")).isEmpty();
        assertThat(evaluate(50_000, true, "2028-01-01")).isEmpty();
    }

    @Test
    void earlierDirectAwardsOfTheSameKindCountTowardsTheDirectAwardLimit() {
        assertThat(row(300_000, 699_999, false, "2025-03-03")).containsEntry(PROCEDURE, "DIRECT_AWARD");
        assertThat(row(300_000, 700_000, false, "2025-03-03")).containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED")
                .containsEntry(STANDSTILL_APPLIES, true).containsEntry(POST_AWARD_NOTICE, true);
        assertThat(row(90_000, 700_000, false, "2025-03-03")).containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED");
        assertThat(row(2_000_000, 8_109_449, true, "2025-03-03")).containsEntry(PROCEDURE, "DIRECT_AWARD");
        assertThat(row(2_000_000, 8_109_450, true, "2025-03-03")).containsEntry(PROCEDURE, "BELOW_THRESHOLD_ADVERTISED")
                .containsEntry(MINIMUM_TENDER_PERIOD_DAYS, 14);
    }

    @Test
    void postAwardNoticeForAdvertisedProceduresAndDirectAwardsOver700000() {
        assertThat(row(699_999, false, "2025-03-03")).containsEntry(POST_AWARD_NOTICE, false);
        assertThat(row(700_000, true, "2025-03-03")).containsEntry(POST_AWARD_NOTICE, false);
        assertThat(row(700_001, true, "2025-03-03")).containsEntry(PROCEDURE, "DIRECT_AWARD")
                .containsEntry(POST_AWARD_NOTICE, true);
        assertThat(row(1_546_202, false, "2025-03-03")).containsEntry(POST_AWARD_NOTICE, true);
        assertThat(row(800_000, false, "2025-03-03")).containsEntry(POST_AWARD_NOTICE, true);
    }

    @Test
    void cpvClassification() {
        assertThat(CpvCodes.isAnnexTwoTraining("80000000")).isTrue();
        assertThat(CpvCodes.isAnnexTwoTraining("80511000-9")).isTrue();
        assertThat(CpvCodes.isAnnexTwoTraining("80660000")).isTrue();
        assertThat(CpvCodes.isAnnexTwoTraining("80660001")).isFalse();
        assertThat(CpvCodes.isAnnexTwoTraining("79999999")).isFalse();
        assertThat(CpvCodes.isAnnexTwoTraining("79632000")).isFalse();
        assertThat(CpvCodes.isAnnexTwoTraining("79633000-0")).isFalse();
        assertThat(CpvCodes.isValid("8051100")).isFalse();
        assertThatThrownBy(() -> CpvCodes.isAnnexTwoTraining("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
