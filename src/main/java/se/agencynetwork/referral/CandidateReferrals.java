package se.agencynetwork.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.agencynetwork.survey.LinkTokens;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.forms.FormRefusedException;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.referral.ReferralRepository.Candidate;
import se.agencynetwork.referral.ReferralRepository.Referral;

/**
 * The rules of candidate sharing: who may refer, until when the candidate may answer, what each
 * answer does, how long a profile is shown, and what is deleted at the end. The process's delegates
 * and the consent page only call this.
 */
@Service
class CandidateReferrals {

    private static final Logger LOG = LoggerFactory.getLogger(CandidateReferrals.class);

    /** The mails to the candidate: they hold the name, the address and the link. */
    static final List<String> CANDIDATE_MAILS = List.of(MailKind.CANDIDATE_CONSENT.id(),
            MailKind.CANDIDATE_CONSENT_REMINDER.id());

    /** What registering gives the process. */
    record Registered(String referralId, Instant reminderAt, Instant deadline) {
    }

    /** What the consent page did with an answer. */
    enum Answer {
        CONSENT, DECLINE, WITHDRAW
    }

    private final ReferralRepository repository;
    private final NetworkDirectory directory;
    private final ReferralProperties properties;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;

    CandidateReferrals(ReferralRepository repository, NetworkDirectory directory, ReferralProperties properties,
            HistoryService historyService, RuntimeService runtimeService) {
        this.repository = repository;
        this.directory = directory;
        this.properties = properties;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
    }

    /**
     * Stores a new referral from the start form. The referring agency is the starter's agency in the
     * directory; a starter without one is refused (400) and nothing is stored.
     */
    Registered register(String businessKey, String processInstanceId, String initiator, String roleTitle,
            Candidate candidate, boolean candidateInformed, Instant now) {
        String agency = Optional.ofNullable(initiator).flatMap(directory::person).map(Person::agency)
                .filter(code -> directory.agency(code).isPresent()).orElse(null);
        if (agency == null) {
            throw FormRefusedException.ofField(ReferralVariables.Names.INITIATOR, "Du är inte kopplad till någon"
                    + " myndighet i nätverkets katalog och kan därför inte dela en kandidat. Be din myndighets HR-chef"
                    + " eller myndighetschef att göra det.");
        }
        if (!candidateInformed) {
            throw FormRefusedException.ofField(ReferralVariables.Names.CANDIDATE_INFORMED, ReferralVariables.Names.CANDIDATE_INFORMED
                    + ": kandidaten måste ha informerats innan profilen kan delas.");
        }
        LocalDate today = LocalDate.ofInstant(now, NetworkTime.ZONE);
        Instant deadline = today.plus(properties.answerPeriod()).atTime(LocalTime.of(23, 59, 59))
                .atZone(NetworkTime.ZONE).toInstant();
        Instant reminder = deadline.atZone(NetworkTime.ZONE).minus(properties.reminderBefore()).toInstant();
        if (!reminder.isAfter(now)) {
            reminder = now.plus(Duration.between(now, deadline).dividedBy(2));
        }
        String id = UUID.randomUUID().toString();
        repository.insert(id, businessKey, processInstanceId, agency, initiator, roleTitle, deadline, now, candidate);
        LOG.info("Candidate referral {} ({}) by {} of {}: consent asked until {}", businessKey, id, initiator, agency,
                deadline);
        return new Registered(id, reminder, deadline);
    }

    /** A new personal link for the referral (only its hash is stored); empty when the referral is closed. */
    Optional<String> newLink(String referralId) {
        String token = LinkTokens.newToken();
        return repository.addLink(referralId, LinkTokens.hash(token)) ? Optional.of(token) : Optional.empty();
    }

    Referral referral(String referralId) {
        return repository.referral(referralId)
                .orElseThrow(() -> new IllegalStateException("No candidate referral " + referralId));
    }

    Optional<Candidate> candidate(String referralId) {
        return repository.candidate(referralId);
    }

    String agencyName(String code) {
        return directory.agencyName(code);
    }

    /** The referral a personal link leads to, while the candidate's data exists. */
    Optional<Referral> byLink(String token) {
        return LinkTokens.wellFormed(token) ? repository.byTokenHash(LinkTokens.hash(token)) : Optional.empty();
    }

    /**
     * Records the candidate's answer and passes it to the process; false when the referral is no
     * longer where the answer fits (answered, withdrawn or closed meanwhile, or the deadline passed). Runs in the caller's
     * transaction: a refused correlation rolls the status back too.
     */
    boolean answer(Referral referral, Answer answer, Instant now) {
        if (answer != Answer.WITHDRAW && now.isAfter(referral.answerDeadline())) {
            // the deadline's timer may not have run yet: no answer by the deadline is no answer
            return false;
        }
        switch (answer) {
            case CONSENT -> {
                if (!repository.changeStatus(referral.id(), ReferralStatus.REQUESTED, ReferralStatus.CONSENTED)) {
                    return false;
                }
                repository.markConsented(referral.id(), now);
                correlate(CandidateReferralProcess.MESSAGE_CONSENTED, referral);
            }
            case DECLINE -> {
                if (!repository.changeStatus(referral.id(), ReferralStatus.REQUESTED, ReferralStatus.DECLINED)) {
                    return false;
                }
                correlate(CandidateReferralProcess.MESSAGE_DECLINED, referral);
            }
            case WITHDRAW -> {
                if (!repository.changeStatus(referral.id(), ReferralStatus.CONSENTED, ReferralStatus.WITHDRAWN)) {
                    return false;
                }
                correlate(CandidateReferralProcess.MESSAGE_WITHDRAWN, referral);
            }
        }
        LOG.info("Candidate referral {}: the candidate answered {}", referral.businessKey(), answer);
        return true;
    }

    /** With consent: the profile is shown until the end of the sharing period's last day. */
    Instant share(String referralId, Instant now) {
        Instant until = LocalDate.ofInstant(now, NetworkTime.ZONE).plus(properties.sharingPeriod())
                .atTime(LocalTime.of(23, 59, 59)).atZone(NetworkTime.ZONE).toInstant();
        repository.markShared(referralId, until);
        LOG.info("Candidate referral {}: profile shared until {}", referralId, until);
        return until;
    }

    /**
     * Removes the start form's values (the candidate's name, address and profile as submitted) from the
     * engine's history of the instance: variables and details. The process keeps only the referral's id
     * and its dates from then on.
     */
    void forgetStartForm(String processInstanceId) {
        historyService.deleteHistoricVariableInstancesByProcessInstanceId(processInstanceId);
    }

    /**
     * Closes the referral: the final status follows from where it stood (asked and no answer: no
     * answer; shared: the period is over), and everything personal is deleted - the candidate's row
     * and link, the mails to the candidate, the instance's variables in the engine's history.
     */
    ReferralStatus close(String referralId, String processInstanceId, Instant now) {
        Referral referral = referral(referralId);
        ReferralStatus end = switch (referral.status()) {
            case REQUESTED -> ReferralStatus.NO_ANSWER;
            case CONSENTED -> ReferralStatus.EXPIRED;
            default -> referral.status();
        };
        int rows = repository.deletePersonalData(referralId, processInstanceId, CANDIDATE_MAILS, end, now);
        historyService.deleteHistoricVariableInstancesByProcessInstanceId(processInstanceId);
        LOG.info("Candidate referral {} closed as {}: candidate's data deleted ({} row)", referral.businessKey(), end,
                rows);
        return end;
    }

    private void correlate(String message, Referral referral) {
        runtimeService.createMessageCorrelation(message).processInstanceId(referral.processInstanceId()).correlate();
    }
}
