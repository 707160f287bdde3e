package se.agencynetwork.yh;

import static org.assertj.core.api.Assertions.assertThat;
import static se.agencynetwork.yh.YhVariables.Names.LIA_PERCENT;
import static se.agencynetwork.yh.YhVariables.Names.PROGRAMME_CREDITS;
import static se.agencynetwork.yh.YhVariables.Names.PROVIDER_ORG_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.agencynetwork.yh.LetterOfIntent.Answer;

class YhRulesTest {

    @Test
    void programmeOf400CreditsNeedsAQuarterLia() {
        assertThat(YhRules.programmeProblems(400, new BigDecimal("25"))).isEmpty();
        assertThat(YhRules.programmeProblems(400, new BigDecimal("24.9"))).singleElement().asString()
                .contains("minst 25 % LIA").contains("24.9");
        assertThat(YhRules.programmeProblems(300, new BigDecimal("10"))).isEmpty();
    }

    @Test
    void programmeLastsOneToThreeYears() {
        assertThat(YhRules.programmeProblems(199, BigDecimal.ZERO)).singleElement().asString().contains("200–600");
        assertThat(YhRules.programmeProblems(601, new BigDecimal("30"))).singleElement().asString().contains("601");
        assertThat(YhRules.years(400)).isEqualByComparingTo("2");
        assertThat(YhRules.years(300)).isEqualByComparingTo("1.5");
    }

    @Test
    void orgNumberNeedsFormatAndCheckDigit() {
        assertThat(YhRules.orgNumberProblem("202100-5489")).isNull();
        assertThat(YhRules.orgNumberProblem("202100-5488")).contains("kontrollsiffra");
        assertThat(YhRules.orgNumberProblem("2021005489")).contains("NNNNNN-NNNN");
        assertThat(YhRules.orgNumberProblem(null)).contains("NNNNNN-NNNN");
    }

    @Test
    void twentySixthReferencePersonIsRefused() {
        assertThat(ReferencePersonLimit.refusal(24, 25)).isNull();
        assertThat(ReferencePersonLimit.refusal(25, 25)).contains("högst 25");
    }

    @Test
    void evidenceAddsUpSignedLettersOnly() {
        Evidence evidence = new Evidence("IDEA-2026-0001", "Paralegal", List.of(
                new LetterOfIntent("spv", "Statens pensionsverk", Answer.SIGNED, 4, 2, "Anna A"),
                new LetterOfIntent("csn", "Centrala studiestödsnämnden", Answer.SIGNED, 3, 1, "Bo B"),
                new LetterOfIntent("msb", "MSB", Answer.DECLINED, 9, 9, null),
                new LetterOfIntent("miun", "Mittuniversitetet", Answer.SILENT, 0, 0, null)));
        assertThat(evidence.totalHiringNeed()).isEqualTo(7);
        assertThat(evidence.totalLiaPlaces()).isEqualTo(3);
        assertThat(evidence.enoughSupport(2)).isTrue();
        assertThat(evidence.enoughSupport(3)).isFalse();
        assertThat(evidence.figures()).isEqualTo(
                "2 undertecknade, 1 avböjda, 1 utan svar; rekryteringsbehov 7, LIA-platser 3");
        assertThat(evidence.text()).contains("Statens pensionsverk: rekryteringsbehov 4")
                .contains("Sammanlagt rekryteringsbehov: 7").doesNotContain("MSB");
    }

    @Test
    void applicationRoundFromConfigurationOrDefault() {
        YhProperties.ApplicationRound round = new YhProperties.ApplicationRound("04-01", "06-15",
                Map.of(2027, new YhProperties.Round(LocalDate.of(2027, 4, 7), LocalDate.of(2027, 6, 16))));
        assertThat(round.of(2026)).isEqualTo(new YhProperties.Round(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 15)));
        assertThat(round.current(LocalDate.of(2026, 7, 1)).opens()).isEqualTo(LocalDate.of(2027, 4, 7));
        assertThat(round.current(LocalDate.of(2026, 5, 1)).closes()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(round.next(LocalDate.of(2026, 1, 20)).opens()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(round.next(LocalDate.of(2026, 4, 1)).opens()).isEqualTo(LocalDate.of(2027, 4, 7));
    }

    @Test
    void providerFormRuleNamesTheFields() {
        YhFormRules.ProviderRule rule = new YhFormRules.ProviderRule();
        Map<String, Object> bad = Map.of(PROVIDER_ORG_NUMBER, "202100-5488", PROGRAMME_CREDITS, 400L,
                LIA_PERCENT, 20.0);
        assertThat(rule.check(new se.agencynetwork.forms.FormSubmission("yhProviderForm", "UserTask_X", "K", bad::get)))
                .extracting(se.agencynetwork.forms.FormViolation::key)
                .containsExactly("providerOrgNumber", "liaPercent");
        Map<String, Object> good = Map.of(PROVIDER_ORG_NUMBER, "202100-5489", PROGRAMME_CREDITS, 400L,
                LIA_PERCENT, 25);
        assertThat(rule.check(new se.agencynetwork.forms.FormSubmission("yhProviderForm", "UserTask_X", "K", good::get)))
                .isEmpty();
    }

    @Test
    void settingsBindFromApplicationYaml() throws Exception {
        org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
        new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application", new org.springframework.core.io.ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        YhProperties properties = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("network.yh", YhProperties.class).get();
        assertThat(properties.defaultWorkingGroup()).isEqualTo(se.agencynetwork.directory.Groups.WG_LEGAL);
        assertThat(properties.minSignedLetters()).isEqualTo(2);
        assertThat(properties.maxReferencePersons()).isEqualTo(25);
        assertThat(properties.applicationRound().of(2026))
                .isEqualTo(new YhProperties.Round(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 15)));
    }
}
