package se.agencynetwork.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The matching score, the greedy proposal and the council's pair plan, without an engine. */
class MatchingTest {

    static Person adept(String agency, String area, boolean leadership, String... languages) {
        return new Person(agency, Role.ADEPT, "Adept " + agency, agency + "@example", area, leadership, List.of(languages),
                "mål", Person.APPROVED);
    }

    static Person mentor(String agency, String area, boolean leadership, String... languages) {
        return new Person(agency, Role.MENTOR, "Mentor " + agency, agency + "@example", area, leadership, List.of(languages),
                "erbjuder", Person.APPROVED);
    }

    @Test
    void theScoreAddsAreaLeadershipAndSharedLanguagesAndNamesEachReason() {
        Matching.Proposal pair = Matching.score(adept("csn", "it", true, "svenska", "engelska"),
                mentor("spv", "it", true, "svenska", "engelska", "finska"), MentorshipService.LANGUAGES);
        assertThat(pair.score()).isEqualTo(3 + 2 + 1 + 1);
        assertThat(pair.reasons()).isEqualTo("samma område: IT och digitalisering (+3); adepten vill utvecklas som ledare"
                + " och mentorn har chefserfarenhet (+2); gemensamt språk: svenska (+1); gemensamt språk: engelska (+1)");
        assertThat(pair.planLine()).isEqualTo("csn → spv");

        // leadership counts only when the adept asks for it and the mentor has it
        assertThat(Matching.score(adept("csn", "hr", false), mentor("spv", "it", true), MentorshipService.LANGUAGES).score())
                .isZero();
        assertThat(Matching.score(adept("csn", "hr", false), mentor("spv", "it", true), MentorshipService.LANGUAGES).reasons())
                .isEqualTo("inga gemensamma kriterier, men olika myndigheter");
    }

    @Test
    void twoPeopleOfOneAgencyAreNeverPaired() {
        assertThat(Matching.score(adept("csn", "it", true), mentor("csn", "it", true), MentorshipService.LANGUAGES)).isNull();
        assertThat(Matching.propose(List.of(adept("csn", "it", true)), List.of(mentor("csn", "it", true)), 5,
                MentorshipService.LANGUAGES)).isEmpty();
    }

    @Test
    void theProposalTakesTheBestPairsFirstUpToThePlaces() {
        List<Person> adepts = List.of(adept("csn", "it", true, "svenska"), adept("msb", "juridik", true, "svenska"),
                adept("spv", "juridik", false, "svenska"));
        List<Person> mentors = List.of(mentor("csn", "juridik", true, "svenska"), mentor("tullverket", "it", true, "svenska"));
        List<Matching.Proposal> proposal = Matching.propose(adepts, mentors, 5, MentorshipService.LANGUAGES);
        assertThat(proposal).extracting(Matching.Proposal::planLine).containsExactly("csn → tullverket", "msb → csn");
        assertThat(proposal).extracting(Matching.Proposal::score).containsExactly(6, 6);

        assertThat(Matching.propose(adepts, mentors, 1, MentorshipService.LANGUAGES))
                .extracting(Matching.Proposal::planLine).containsExactly("csn → tullverket");
        assertThat(Matching.propose(adepts, mentors, 0, MentorshipService.LANGUAGES)).isEmpty();
    }

    @Test
    void thePairPlanIsReadLineByLineAndCheckedAgainstWhoIsFree() {
        List<String> problems = new ArrayList<>();
        assertThat(PairPlan.parse("csn → spv\n\nmsb -> csn\ntull > fba\n", problems))
                .containsExactly(new PairPlan.Line("csn", "spv"), new PairPlan.Line("msb", "csn"), new PairPlan.Line("tull", "fba"));
        assertThat(problems).isEmpty();
        PairPlan.parse("csn spv", problems);
        assertThat(problems).containsExactly("rad 1 ('csn spv') är inte skriven som 'adeptens myndighet → mentorns myndighet'");

        Set<String> adepts = Set.of("csn", "msb");
        Set<String> mentors = Set.of("csn", "spv");
        assertThat(PairPlan.problems("csn → spv\nmsb → csn", adepts, mentors, 2)).isEmpty();
        assertThat(PairPlan.problems("csn → csn", adepts, mentors, 2))
                .containsExactly("adept och mentor från samma myndighet ('csn') matchas aldrig");
        assertThat(PairPlan.problems("spv → csn", adepts, mentors, 2)).containsExactly("'spv' har ingen adept som kan matchas");
        assertThat(PairPlan.problems("csn → spv\nmsb → spv", adepts, mentors, 2))
                .containsExactly("mentorn från 'spv' står i mer än ett par");
        assertThat(PairPlan.problems("csn → spv\nmsb → csn", adepts, mentors, 1)).containsExactly("högst 1 par får anges, inte 2");
        assertThat(PairPlan.problems("  ", adepts, mentors, 1)).containsExactly("minst ett par måste anges");
    }
}
