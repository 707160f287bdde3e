package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.MEMBER_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.REMINDED_AGENCIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;

/**
 * The reminder before the interest round's deadline: records which agencies have not answered
 * yet. Sending the reminder mail belongs to the notification mechanism (its own issue), which can
 * pick the agencies up from {@code remindedAgencies}.
 */
@Component("remindInterest")
@DelegateContract(reads = {Names.MEMBER_AGENCIES}, writes = {Names.REMINDED_AGENCIES})
public class RemindInterest implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RemindInterest.class);

    private final IdeaRepository repository;

    public RemindInterest(IdeaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> answered = repository.answers(execution.getProcessBusinessKey()).stream()
                .map(IdeaRepository.InterestAnswer::agencyCode)
                .collect(Collectors.toSet());
        List<String> silent = new ArrayList<>();
        for (String agency : MEMBER_AGENCIES.get(execution, List.of())) {
            if (!answered.contains(agency)) {
                silent.add(agency);
            }
        }
        REMINDED_AGENCIES.set(execution, silent);
        LOG.info("Idea {}: interest reminder due for {}", execution.getProcessBusinessKey(), silent);
    }
}
