package se.agencynetwork.mentorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching proposal: a simple score of the structured fields that anyone can recompute by hand,
 * never two people of one agency. Same area: 3 points; an adept who wants to grow as a leader and a
 * mentor with leadership experience: 2 points; each language both speak: 1 point. The pairs are taken
 * greedily, best score first (ties by the adept's, then the mentor's agency code), until the places
 * are filled or nobody can be paired.
 */
final class Matching {

    static final int SAME_AREA = 3;
    static final int LEADERSHIP = 2;
    static final int SHARED_LANGUAGE = 1;

    /** A proposed pair with its score and the reasons for it, in Swedish. */
    record Proposal(Person adept, Person mentor, int score, String reasons) {

        /** The line of the pair plan: {@code csn → spv}. */
        String planLine() {
            return adept.agency() + " " + PairPlan.ARROW + " " + mentor.agency();
        }
    }

    private Matching() {
    }

    /** The score of one adept and one mentor and its reasons; {@code null} when they may not be paired (one agency). */
    static Proposal score(Person adept, Person mentor, Map<String, String> languageLabels) {
        if (adept.agency().equals(mentor.agency())) {
            return null;
        }
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (adept.area().equals(mentor.area())) {
            score += SAME_AREA;
            reasons.add("samma område: " + Area.labelOf(adept.area()) + " (+" + SAME_AREA + ")");
        }
        if (adept.leadership() && mentor.leadership()) {
            score += LEADERSHIP;
            reasons.add("adepten vill utvecklas som ledare och mentorn har chefserfarenhet (+" + LEADERSHIP + ")");
        }
        for (String language : adept.languages()) {
            if (mentor.languages().contains(language)) {
                score += SHARED_LANGUAGE;
                reasons.add("gemensamt språk: " + languageLabels.getOrDefault(language, language) + " (+" + SHARED_LANGUAGE + ")");
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("inga gemensamma kriterier, men olika myndigheter");
        }
        return new Proposal(adept, mentor, score, String.join("; ", reasons));
    }

    /** The best pairs of the available adepts and mentors, at most {@code places}. */
    static List<Proposal> propose(List<Person> adepts, List<Person> mentors, int places, Map<String, String> languageLabels) {
        List<Proposal> candidates = new ArrayList<>();
        for (Person adept : adepts) {
            for (Person mentor : mentors) {
                Proposal proposal = score(adept, mentor, languageLabels);
                if (proposal != null) {
                    candidates.add(proposal);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Proposal::score).reversed()
                .thenComparing(p -> p.adept().agency())
                .thenComparing(p -> p.mentor().agency()));
        Set<String> taken = new HashSet<>();
        List<Proposal> chosen = new ArrayList<>();
        for (Proposal candidate : candidates) {
            if (chosen.size() >= places) {
                break;
            }
            if (!taken.contains(candidate.adept().party()) && !taken.contains(candidate.mentor().party())) {
                chosen.add(candidate);
                taken.add(candidate.adept().party());
                taken.add(candidate.mentor().party());
            }
        }
        return chosen;
    }
}
