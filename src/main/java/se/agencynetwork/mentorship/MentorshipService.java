package se.agencynetwork.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.directory.NetworkDirectory;

/**
 * The rules of the mentorship programme: what a nomination holds, who may be matched, how the
 * council's plan becomes pairs, how the answers and check-ins change them. The delegates only read
 * variables, call this and write the results back.
 */
@Service
class MentorshipService {

    private static final Logger LOG = LoggerFactory.getLogger(MentorshipService.class);

    /** The languages of the participation form's checklists, by value. */
    static final Map<String, String> LANGUAGES = Map.of(
            "svenska", "svenska", "engelska", "engelska", "finska", "finska", "meankieli", "meänkieli",
            "samiska", "samiska", "arabiska", "arabiska", "teckensprak", "svenskt teckenspråk");

    private final MentorshipRepository repository;
    private final NetworkDirectory directory;

    MentorshipService(MentorshipRepository repository, NetworkDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    String agencyName(String agency) {
        return directory.requireAgency(agency).name();
    }

    /** Stores what an agency's training coordinator nominated; nothing when the agency does not take part. */
    List<Person> nominate(String businessKey, String agency, boolean participates, Person adept, Person mentor,
            String by, Instant now) {
        directory.requireAgency(agency);
        List<Person> nominated = new ArrayList<>();
        if (participates) {
            for (Person person : new Person[] {adept, mentor}) {
                if (person != null) {
                    repository.insertPerson(businessKey, person, by, now);
                    nominated.add(person);
                }
            }
        }
        LOG.info("Mentorship {}: {} nominated {}", businessKey, agency,
                nominated.stream().map(p -> p.role().name()).toList());
        return nominated;
    }

    /** The agencies that nominated someone, in code order. */
    List<String> nominatingAgencies(String businessKey) {
        return repository.persons(businessKey).stream().map(Person::agency).distinct().sorted().toList();
    }

    /** The agency's nominees as its heads read them, one a line. */
    String nominees(String businessKey, String agency) {
        return repository.persons(businessKey, agency).stream().map(this::describe)
                .collect(Collectors.joining("\n"));
    }

    void approve(String businessKey, String agency, boolean approved, String by, Instant now, String comment) {
        repository.approve(businessKey, agency, approved, by, now, comment);
        LOG.info("Mentorship {}: head of {} {} the nominees", businessKey, agency, approved ? "approved" : "did not approve");
    }

    /** The places still open: the programme's pairs less those accepted. */
    int openPlaces(String businessKey, long pairCount) {
        return (int) Math.max(0, pairCount - repository.pairs(businessKey, Pair.ACCEPTED).size());
    }

    /** The application's proposal among the approved adepts and mentors nobody has paired yet. */
    List<Matching.Proposal> propose(String businessKey, long pairCount) {
        List<Person> available = repository.persons(businessKey).stream()
                .filter(p -> Person.APPROVED.equals(p.status())).toList();
        return Matching.propose(available.stream().filter(p -> p.role() == Role.ADEPT).toList(),
                available.stream().filter(p -> p.role() == Role.MENTOR).toList(),
                openPlaces(businessKey, pairCount), LANGUAGES);
    }

    int acceptedPairs(String businessKey) {
        return repository.pairs(businessKey, Pair.ACCEPTED).size();
    }

    /** The proposal as the council reads it: each pair with its score and reasons. */
    String proposalText(List<Matching.Proposal> proposal) {
        StringBuilder text = new StringBuilder();
        for (Matching.Proposal pair : proposal) {
            text.append(pair.planLine()).append(": ")
                    .append(pair.adept().name()).append(" (").append(agencyName(pair.adept().agency())).append(") med ")
                    .append(pair.mentor().name()).append(" (").append(agencyName(pair.mentor().agency())).append("), ")
                    .append(pair.score()).append(" poäng – ").append(pair.reasons()).append('\n');
        }
        return text.toString().strip();
    }

    /** The plan as its lines, one pair a line. */
    static String plan(List<Matching.Proposal> proposal) {
        return proposal.stream().map(Matching.Proposal::planLine).collect(Collectors.joining("\n"));
    }

    /** What is wrong with the council's plan now (empty when it may be confirmed). */
    List<String> planProblems(String businessKey, long pairCount, String plan) {
        List<Person> available = repository.persons(businessKey).stream()
                .filter(p -> Person.APPROVED.equals(p.status())).toList();
        Set<String> adepts = available.stream().filter(p -> p.role() == Role.ADEPT).map(Person::agency)
                .collect(Collectors.toSet());
        Set<String> mentors = available.stream().filter(p -> p.role() == Role.MENTOR).map(Person::agency)
                .collect(Collectors.toSet());
        return PairPlan.problems(plan, adepts, mentors, openPlaces(businessKey, pairCount));
    }

    /**
     * Confirms the council's plan: the pairs are stored with their scores, their parties await their
     * answers; whom the application proposed and the council left out is not proposed again.
     *
     * @return the parties to ask, in pair order ({@code csn:ADEPT}, {@code spv:MENTOR}, ...)
     */
    List<String> confirm(String businessKey, long pairCount, String plan, String by, Instant now) {
        List<String> problems = planProblems(businessKey, pairCount, plan);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Pair plan of " + businessKey + " refused: " + problems);
        }
        Map<String, Person> byParty = repository.persons(businessKey).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        Set<String> proposed = new HashSet<>();
        propose(businessKey, pairCount).forEach(p -> {
            proposed.add(p.adept().party());
            proposed.add(p.mentor().party());
        });
        int round = repository.nextRound(businessKey);
        List<String> parties = new ArrayList<>();
        for (PairPlan.Line line : PairPlan.parse(plan, new ArrayList<>())) {
            Person adept = byParty.get(Role.ADEPT.party(line.adeptAgency()));
            Person mentor = byParty.get(Role.MENTOR.party(line.mentorAgency()));
            repository.insertPair(businessKey, round, Matching.score(adept, mentor, LANGUAGES), by, now);
            for (Person person : List.of(adept, mentor)) {
                repository.updatePersonStatus(businessKey, person.party(), Person.PROPOSED);
                parties.add(person.party());
                proposed.remove(person.party());
            }
        }
        proposed.forEach(party -> repository.updatePersonStatus(businessKey, party, Person.LEFT_OUT));
        LOG.info("Mentorship {}: round {} confirmed by {}: {} pairs, left out {}", businessKey, round, by,
                parties.size() / 2, proposed);
        return parties;
    }

    /** The party's pair as its training coordinator reads it before recording the answer. */
    String pairDescription(String businessKey, String party) {
        Pair pair = confirmedPairOf(businessKey, party);
        Map<String, Person> byParty = repository.persons(businessKey).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        return "Adept: " + describe(byParty.get(Role.ADEPT.party(pair.adeptAgency()))) + "\n"
                + "Mentor: " + describe(byParty.get(Role.MENTOR.party(pair.mentorAgency()))) + "\n"
                + "Matchning: " + pair.score() + " poäng – " + pair.reasons();
    }

    /** Records one party's answer on its confirmed pair. */
    void answer(String businessKey, String party, boolean accepts, String declineReason) {
        Pair pair = confirmedPairOf(businessKey, party);
        repository.recordAnswer(pair.id(), role(party), accepts, accepts ? null : declineReason);
        LOG.info("Mentorship {}: {} {} pair {}", businessKey, party, accepts ? "accepted" : "declined", pair.id());
    }

    /**
     * Settles the confirmed pairs once both parties answered: accepted by both, the pair runs; declined
     * by one, the one who declined leaves and the other may be matched again.
     *
     * @return whether anyone declined
     */
    boolean settleAnswers(String businessKey) {
        boolean anyDeclined = false;
        for (Pair pair : repository.pairs(businessKey, Pair.CONFIRMED)) {
            boolean adept = Boolean.TRUE.equals(pair.adeptAccepts());
            boolean mentor = Boolean.TRUE.equals(pair.mentorAccepts());
            String adeptParty = Role.ADEPT.party(pair.adeptAgency());
            String mentorParty = Role.MENTOR.party(pair.mentorAgency());
            if (adept && mentor) {
                repository.updatePairStatus(pair.id(), Pair.ACCEPTED);
                repository.updatePersonStatus(businessKey, adeptParty, Person.PAIRED);
                repository.updatePersonStatus(businessKey, mentorParty, Person.PAIRED);
            } else {
                anyDeclined = true;
                repository.updatePairStatus(pair.id(), Pair.DECLINED);
                repository.updatePersonStatus(businessKey, adeptParty, adept ? Person.APPROVED : Person.DECLINED);
                repository.updatePersonStatus(businessKey, mentorParty, mentor ? Person.APPROVED : Person.DECLINED);
            }
        }
        return anyDeclined;
    }

    /** The pairs that run now (accepted, not ended), in id order. */
    List<Pair> runningPairs(String businessKey) {
        return repository.pairs(businessKey, Pair.ACCEPTED);
    }

    /** Persons in the accepted pairs per agency: who pays for the programme, by how many of its people take part. */
    Map<String, Long> participantsByAgency(String businessKey) {
        Map<String, Long> participants = new TreeMap<>();
        for (Pair pair : repository.pairs(businessKey)) {
            if (!Pair.CONFIRMED.equals(pair.status()) && !Pair.DECLINED.equals(pair.status())) {
                participants.merge(pair.adeptAgency(), 1L, Long::sum);
                participants.merge(pair.mentorAgency(), 1L, Long::sum);
            }
        }
        return participants;
    }

    /** The pair as its adept's training coordinator reads it at a check-in: its people and the meetings recorded. */
    String checkInDescription(String businessKey, long pairId) {
        return runningPairDescription(businessKey, pairId) + "\n"
                + "Registrerade möten hittills: " + repository.pair(businessKey, pairId).meetings();
    }

    /**
     * The pair's people, as the standing early-end task shows it from the kick-off on (without the meetings,
     * which the check-ins change while the task is open).
     */
    String runningPairDescription(String businessKey, long pairId) {
        Pair pair = repository.pair(businessKey, pairId);
        Map<String, Person> byParty = repository.persons(businessKey).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        return "Adept: " + describe(byParty.get(Role.ADEPT.party(pair.adeptAgency()))) + "\n"
                + "Mentor: " + describe(byParty.get(Role.MENTOR.party(pair.mentorAgency())));
    }

    /**
     * Records a check-in: the meetings held so far (counted, not their contents); at the closing a pair
     * that ran to the end is completed. A running pair only: a pair that has ended is left as it is.
     *
     * @return whether the pair was running and the check-in was recorded
     */
    boolean checkIn(String businessKey, long pairId, long meetings, boolean closing, Instant now) {
        Pair pair = repository.pair(businessKey, pairId);
        if (!Pair.ACCEPTED.equals(pair.status())) {
            LOG.info("Mentorship {}: check-in of pair {} ignored, the pair is {}", businessKey, pairId, pair.status());
            return false;
        }
        repository.recordCheckIn(pairId, meetings, closing ? Pair.COMPLETED : Pair.ACCEPTED, null, closing ? now : null);
        LOG.info("Mentorship {}: pair {} checked in ({} meetings)", businessKey, pairId, meetings);
        return true;
    }

    /**
     * Ends a running pair before the programme's last day, with the meetings held so far and why; the pair
     * gets no further check-ins. A pair that is no longer running (completed at the closing) is left as it is.
     *
     * @return the pair, or nothing when it was not running
     */
    Optional<Pair> endEarly(String businessKey, long pairId, long meetings, String reason, Instant now) {
        Pair pair = repository.pair(businessKey, pairId);
        if (!Pair.ACCEPTED.equals(pair.status())) {
            LOG.info("Mentorship {}: early end of pair {} ignored, the pair is {}", businessKey, pairId, pair.status());
            return Optional.empty();
        }
        repository.recordCheckIn(pairId, meetings, Pair.ENDED_EARLY, reason, now);
        LOG.info("Mentorship {}: pair {} ended early after {} meetings", businessKey, pairId, meetings);
        return Optional.of(repository.pair(businessKey, pairId));
    }

    /** The pair in a mail: the adept and the mentor with their agencies, one a line. */
    String pairText(String businessKey, Pair pair) {
        Map<String, Person> byParty = repository.persons(businessKey).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        Person adept = byParty.get(Role.ADEPT.party(pair.adeptAgency()));
        Person mentor = byParty.get(Role.MENTOR.party(pair.mentorAgency()));
        return "Adept: " + adept.name() + " (" + agencyName(adept.agency()) + ")\n"
                + "Mentor: " + mentor.name() + " (" + agencyName(mentor.agency()) + ")";
    }

    /** Closes the programme; returns the pairs that ran to the end and the meetings of all pairs that ran. */
    Closing close(String businessKey, Instant now) {
        List<Pair> pairs = repository.pairs(businessKey);
        int completed = (int) pairs.stream().filter(p -> Pair.COMPLETED.equals(p.status())).count();
        long meetings = pairs.stream().mapToLong(Pair::meetings).sum();
        repository.updateProgramme(businessKey, "CLOSED", null, now);
        LOG.info("Mentorship {} closed: {} pairs completed, {} meetings", businessKey, completed, meetings);
        return new Closing(completed, meetings);
    }

    record Closing(int completedPairs, long meetings) {
    }

    /**
     * Whom the evaluation asks: the adept and the mentor of every pair that ran, to the end or ended early (a pair
     * that ended early has a view worth hearing too), each once, in pair order. Those who declined or were never
     * paired did not take part.
     */
    List<Person> evaluationRespondents(String businessKey) {
        Map<String, Person> byParty = repository.persons(businessKey).stream()
                .collect(Collectors.toMap(Person::party, p -> p));
        Map<String, Person> respondents = new LinkedHashMap<>();
        for (Pair pair : repository.pairs(businessKey)) {
            if (Pair.ACCEPTED.equals(pair.status()) || Pair.COMPLETED.equals(pair.status())
                    || Pair.ENDED_EARLY.equals(pair.status())) {
                for (String party : List.of(Role.ADEPT.party(pair.adeptAgency()), Role.MENTOR.party(pair.mentorAgency()))) {
                    respondents.putIfAbsent(party, byParty.get(party));
                }
            }
        }
        return List.copyOf(respondents.values());
    }

    void cancel(String businessKey, Instant now) {
        repository.updateProgramme(businessKey, "CANCELLED", null, now);
    }

    private Pair confirmedPairOf(String businessKey, String party) {
        Role role = role(party);
        String agency = party.substring(0, party.indexOf(':'));
        return repository.pairs(businessKey, Pair.CONFIRMED).stream()
                .filter(p -> p.agencyOf(role).equals(agency))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No confirmed pair of " + party + " in " + businessKey));
    }

    static Role role(String party) {
        return Role.valueOf(party.substring(party.indexOf(':') + 1));
    }

    static String agencyOf(String party) {
        return party.substring(0, party.indexOf(':'));
    }

    private String describe(Person person) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("område", Area.labelOf(person.area()));
        parts.put("chefserfarenhet", person.role() == Role.MENTOR ? (person.leadership() ? "ja" : "nej") : null);
        parts.put("vill utvecklas som ledare", person.role() == Role.ADEPT ? (person.leadership() ? "ja" : "nej") : null);
        parts.put("språk", person.languages().stream().map(l -> LANGUAGES.getOrDefault(l, l)).collect(Collectors.joining(", ")));
        StringBuilder text = new StringBuilder(person.name()).append(" (").append(agencyName(person.agency())).append(")");
        parts.forEach((label, value) -> {
            if (value != null && !value.isEmpty()) {
                text.append(", ").append(label).append(": ").append(value);
            }
        });
        text.append(person.role() == Role.ADEPT ? ". Mål: " : ". Erbjuder: ").append(person.description());
        return text.toString();
    }

    static LocalDate midPoint(LocalDate start, LocalDate end) {
        return start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) / 2);
    }
}
