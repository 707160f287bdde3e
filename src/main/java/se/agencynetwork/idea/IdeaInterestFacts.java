package se.agencynetwork.idea;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaRepository.InterestAnswer;
import se.agencynetwork.process.IdeaInterest;

/** The interest round's answers and the network's minimum, for the processes an idea calls. */
@Component
public record IdeaInterestFacts(IdeaRepository repository, IdeaProperties properties) implements IdeaInterest {

    @Override
    public Map<String, Integer> participantsByAgency(String ideaKey) {
        Map<String, Integer> participants = new LinkedHashMap<>();
        for (InterestAnswer answer : repository.answers(ideaKey)) {
            participants.put(answer.agencyCode(), answer.participants());
        }
        return participants;
    }

    @Override
    public int minAgencies() {
        return properties.minAgencies();
    }
}
