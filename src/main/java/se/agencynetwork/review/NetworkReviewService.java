package se.agencynetwork.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.SwedishOrder;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.Surveys;

/**
 * The rules of the yearly network review: who is asked until when, what an answer holds, how the
 * answers are compiled and how the steering group's decision is kept. The delegates of
 * {@code network-review} only read variables, call this and write the results back.
 */
@Service
class NetworkReviewService {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkReviewService.class);

    private final ReviewRepository repository;
    private final NetworkDirectory directory;
    private final NetworkReviewProperties properties;
    private final Surveys surveys;

    NetworkReviewService(ReviewRepository repository, NetworkDirectory directory, NetworkReviewProperties properties,
            Surveys surveys) {
        this.repository = repository;
        this.directory = directory;
        this.properties = properties;
        this.surveys = surveys;
    }

    /**
     * Opens a round: the year defaults to the current one, the last day to answer to today plus
     * the configured response period; every member agency of the directory is asked. The deadline
     * is the end of the last day, Swedish time.
     */
    ReviewRound prepare(String businessKey, String processInstanceId, Object requestedYear, Object requestedLastDay,
            Instant now) {
        LocalDate today = LocalDate.ofInstant(now, NetworkTime.ZONE);
        Integer year = ReviewFormRules.optionalYear(ReviewVariables.REVIEW_YEAR.name(), requestedYear);
        LocalDate lastDay = ReviewFormRules.optionalDateFrom(ReviewVariables.LAST_ANSWER_DATE.name(),
                requestedLastDay, today);
        if (lastDay == null) {
            lastDay = today.plus(properties.responsePeriod());
        }
        Instant deadline = lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(NetworkTime.ZONE).toInstant();
        ReviewRound round = new ReviewRound(businessKey, year != null ? year : today.getYear(), deadline,
                directory.agencyCodes());
        repository.insertRound(round, processInstanceId, now);
        LOG.info("Network review {} for {} opened: {} agencies asked, answers until {}", businessKey,
                round.reviewYear(), round.agencyCodes().size(), deadline);
        return round;
    }

    /** The agency's name as users see it. */
    String agencyName(String agencyCode) {
        return directory.requireAgency(agencyCode).name();
    }

    /**
     * Checks and stores one agency's answer. The fields are those of the answer form; a missing or
     * out-of-range rating or a text over the limit is refused and nothing is stored.
     */
    ReviewAnswer recordAnswer(String businessKey, String agencyCode, Object rating, Object wantsToContinue,
            Object mostUseful, Object shouldChange, String answeredBy, Instant now) {
        directory.requireAgency(agencyCode);
        ReviewAnswer answer = new ReviewAnswer(businessKey, agencyCode,
                ReviewFormRules.rating(ReviewVariables.BENEFIT_RATING.name(), rating),
                ReviewFormRules.flag(ReviewVariables.WANTS_TO_CONTINUE.name(), wantsToContinue),
                ReviewFormRules.optionalText(ReviewVariables.MOST_USEFUL.name(), mostUseful,
                        ReviewFormRules.ANSWER_TEXT_MAX),
                ReviewFormRules.optionalText(ReviewVariables.SHOULD_CHANGE.name(), shouldChange,
                        ReviewFormRules.ANSWER_TEXT_MAX),
                answeredBy, now);
        repository.insertAnswer(answer);
        LOG.info("Network review {}: {} answered (rating {}) by {}", businessKey, agencyCode, answer.rating(),
                answeredBy);
        return answer;
    }

    /**
     * Compiles the stored answers of the round against the agencies that were asked, with the evaluations of
     * the staff loans that ended in the review's year.
     */
    ReviewFigures compile(String businessKey, List<String> askedAgencies, Instant now) {
        List<ReviewAnswer> answers = repository.answers(businessKey);
        Set<String> answered = answers.stream().map(ReviewAnswer::agencyCode).collect(Collectors.toSet());
        List<String> nonResponding = new ArrayList<>(askedAgencies);
        nonResponding.removeIf(answered::contains);
        BigDecimal average = answers.isEmpty() ? null
                : BigDecimal.valueOf(answers.stream().mapToInt(ReviewAnswer::rating).sum())
                        .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
        int continuing = (int) answers.stream().filter(ReviewAnswer::wantsToContinue).count();
        ReviewFigures figures = new ReviewFigures(askedAgencies.size(), answers.size(), average, continuing,
                nonResponding, staffLoanEvaluations(repository.reviewYear(businessKey)));
        repository.updateFigures(businessKey, figures, now);
        LOG.info("Network review {} compiled: {} of {} answered, average {}, no answer from {}", businessKey,
                figures.answerCount(), figures.agencyCount(), average, nonResponding);
        return figures;
    }

    /**
     * The heads' evaluations of the year's staff loans (by SQL on staff-loan's table) and the persons' anonymous
     * questionnaires over all those loans (survey package: averages only from its minimum of answers up).
     */
    StaffLoanEvaluationFigures staffLoanEvaluations(int year) {
        StaffLoanEvaluationFigures heads = repository.staffLoanEvaluations(year);
        QuestionnaireResults results = surveys.results(repository.staffLoanPersonRounds(year), "person");
        boolean shown = !results.hidden() && results.responses() > 0;
        return new StaffLoanEvaluationFigures(year, heads.loansEvaluated(), heads.borrowers(), heads.lenders(),
                new StaffLoanEvaluationFigures.Persons(results.invited(), results.responses(), shown, results.minimum(),
                        results.average("workRating"), results.average("learningRating"),
                        results.average("supportRating")));
    }

    /** The names of the agencies, one a line, for the read-only fields of the forms. */
    String agencyNames(List<String> agencyCodes) {
        return agencyCodes.stream().map(this::agencyName).sorted(SwedishOrder.texts()).collect(Collectors.joining("\n"));
    }

    void recordDecision(ReviewDecision decision) {
        repository.updateDecision(decision);
        LOG.info("Network review {}: steering group decided {} ({})", decision.businessKey(),
                decision.decision(), decision.decidedBy());
    }
}
