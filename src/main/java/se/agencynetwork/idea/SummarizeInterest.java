package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.CO_FUNDING_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.ENOUGH_INTEREST;
import static se.agencynetwork.idea.IdeaVariables.INTERESTED_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_SUMMARY;
import static se.agencynetwork.idea.IdeaVariables.MEMBER_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.MIN_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.MIN_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.TOTAL_PARTICIPANTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.process.SwedishOrder;

/**
 * Closes the interest round: an agency that did not answer by the deadline is recorded as "not
 * this time" (0 participants, no co-funding); the totals and the per-agency table go to the
 * council's decision form, with whether the minimums of {@code network.idea} are met.
 */
@Component("summarizeInterest")
@DelegateContract(reads = {Names.MEMBER_AGENCIES}, writes = {Names.INTERESTED_AGENCIES, Names.TOTAL_PARTICIPANTS,
        Names.CO_FUNDING_AGENCIES, Names.INTEREST_SUMMARY, Names.ENOUGH_INTEREST, Names.MIN_AGENCIES,
        Names.MIN_PARTICIPANTS})
public record SummarizeInterest(
        IdeaRepository repository,
        AgencyNames agencyNames,
        IdeaProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Map<String, InterestAnswer> answers = repository.answers(key).stream()
                .collect(Collectors.toMap(InterestAnswer::agencyCode, Function.identity()));
        for (String code : MEMBER_AGENCIES.get(execution, List.of())) {
            if (!answers.containsKey(code)) {
                InterestAnswer silence = new InterestAnswer(code, false, 0, false, null, null);
                repository.saveAnswer(key, silence, NetworkTime.nowAsDate());
                answers.put(code, silence);
            }
        }
        int interested = 0;
        int total = 0;
        List<String> coFunding = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (InterestAnswer answer : answers.values().stream()
                .sorted(SwedishOrder.by(a -> agencyNames.nameOf(a.agencyCode()))).toList()) {
            if (answer.participants() > 0) {
                interested++;
                total += answer.participants();
            }
            if (answer.coFunding()) {
                coFunding.add(answer.agencyCode());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agency", agencyNames.nameOf(answer.agencyCode()));
            row.put("participants", answer.participants());
            row.put("coFunding", answer.coFunding() ? "Ja" : "Nej");
            row.put("answer", answer.answered() ? "Svarat" : "Inte denna gång (inget svar)");
            table.add(row);
        }
        INTERESTED_AGENCIES.set(execution, interested);
        TOTAL_PARTICIPANTS.set(execution, total);
        coFunding.sort(null); // codes, for the processes that follow: not shown as they are
        CO_FUNDING_AGENCIES.set(execution, coFunding);
        INTEREST_SUMMARY.set(execution, ProcessJson.json(table));
        MIN_AGENCIES.set(execution, properties.minAgencies());
        MIN_PARTICIPANTS.set(execution, properties.minParticipants());
        ENOUGH_INTEREST.set(execution, interested >= properties.minAgencies() && total >= properties.minParticipants());
    }
}
