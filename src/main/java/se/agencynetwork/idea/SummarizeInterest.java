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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.SwedishOrder;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.idea.IdeaRepository.InterestAnswer;

/**
 * Closes the interest round: an agency that did not answer by the deadline is recorded as "not
 * this time" (0 participants, no co-funding); the totals and the per-agency table go to the
 * council's decision form, with whether the minimums of {@code network.idea} are met.
 */
@Component("summarizeInterest")
@DelegateContract(reads = {MEMBER_AGENCIES}, writes = {INTERESTED_AGENCIES, TOTAL_PARTICIPANTS,
        CO_FUNDING_AGENCIES, INTEREST_SUMMARY, ENOUGH_INTEREST, MIN_AGENCIES, MIN_PARTICIPANTS})
public class SummarizeInterest implements JavaDelegate {

    private final IdeaRepository repository;
    private final NetworkDirectory directory;
    private final IdeaProperties properties;

    public SummarizeInterest(IdeaRepository repository, NetworkDirectory directory, IdeaProperties properties) {
        this.repository = repository;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Map<String, InterestAnswer> answers = repository.answers(key).stream()
                .collect(Collectors.toMap(InterestAnswer::agencyCode, Function.identity()));
        for (String member : ProcessJson.strings(execution.getVariable(MEMBER_AGENCIES))) {
            String code = String.valueOf(member);
            if (!answers.containsKey(code)) {
                InterestAnswer silence = new InterestAnswer(code, false, 0, false, null, null);
                repository.saveAnswer(key, silence, ClockUtil.getCurrentTime());
                answers.put(code, silence);
            }
        }
        int interested = 0;
        int total = 0;
        List<String> coFunding = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (InterestAnswer answer : answers.values().stream()
                .sorted(SwedishOrder.by(a -> agencyName(a.agencyCode()))).toList()) {
            if (answer.participants() > 0) {
                interested++;
                total += answer.participants();
            }
            if (answer.coFunding()) {
                coFunding.add(answer.agencyCode());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agency", agencyName(answer.agencyCode()));
            row.put("participants", answer.participants());
            row.put("coFunding", answer.coFunding() ? "Ja" : "Nej");
            row.put("answer", answer.answered() ? "Svarat" : "Inte denna gång (inget svar)");
            table.add(row);
        }
        execution.setVariable(INTERESTED_AGENCIES, interested);
        execution.setVariable(TOTAL_PARTICIPANTS, total);
        coFunding.sort(null); // codes, for the processes that follow: not shown as they are
        execution.setVariable(CO_FUNDING_AGENCIES, ProcessJson.list(coFunding));
        execution.setVariable(INTEREST_SUMMARY, ProcessJson.json(table));
        execution.setVariable(MIN_AGENCIES, properties.minAgencies());
        execution.setVariable(MIN_PARTICIPANTS, properties.minParticipants());
        execution.setVariable(ENOUGH_INTEREST,
                interested >= properties.minAgencies() && total >= properties.minParticipants());
    }

    private String agencyName(String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }
}
