package se.agencynetwork.mentorship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The council's pair plan: one pair a line, the adept's agency code, an arrow and the mentor's agency
 * code ({@code csn → spv}; {@code ->} and {@code >} are read as the arrow, blank lines are skipped).
 */
final class PairPlan {

    static final String ARROW = "→";

    /** One planned pair. */
    record Line(String adeptAgency, String mentorAgency) {
    }

    private PairPlan() {
    }

    /** The plan's pairs; a line that is no pair is a problem (in Swedish) in {@code problems}. */
    static List<Line> parse(String plan, List<String> problems) {
        List<Line> lines = new ArrayList<>();
        if (plan == null) {
            return lines;
        }
        int number = 0;
        for (String raw : plan.split("\\R")) {
            number++;
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.replace("->", ARROW).replace(">", ARROW).split(ARROW, -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add("rad " + number + " ('" + line + "') är inte skriven som 'adeptens myndighet " + ARROW
                        + " mentorns myndighet'");
                continue;
            }
            lines.add(new Line(parts[0].trim(), parts[1].trim()));
        }
        return lines;
    }

    /**
     * What is wrong with the plan against the adepts and mentors that may be paired now: every line
     * names an available adept's and mentor's agency, never one agency twice in a line, nobody twice,
     * at least one pair and no more than {@code places}.
     */
    static List<String> problems(String plan, Set<String> adeptAgencies, Set<String> mentorAgencies, int places) {
        List<String> problems = new ArrayList<>();
        List<Line> lines = parse(plan, problems);
        Set<String> adepts = new HashSet<>();
        Set<String> mentors = new HashSet<>();
        for (Line line : lines) {
            if (!adeptAgencies.contains(line.adeptAgency())) {
                problems.add("'" + line.adeptAgency() + "' har ingen adept som kan matchas");
            }
            if (!mentorAgencies.contains(line.mentorAgency())) {
                problems.add("'" + line.mentorAgency() + "' har ingen mentor som kan matchas");
            }
            if (line.adeptAgency().equals(line.mentorAgency())) {
                problems.add("adept och mentor från samma myndighet ('" + line.adeptAgency() + "') matchas aldrig");
            }
            if (!adepts.add(line.adeptAgency())) {
                problems.add("adepten från '" + line.adeptAgency() + "' står i mer än ett par");
            }
            if (!mentors.add(line.mentorAgency())) {
                problems.add("mentorn från '" + line.mentorAgency() + "' står i mer än ett par");
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("minst ett par måste anges");
        }
        if (lines.size() > places) {
            problems.add("högst " + places + " par får anges, inte " + lines.size());
        }
        return problems;
    }
}
