package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.COST_PER_PAIR;
import static se.agencynetwork.mentorship.MentorshipVariables.TITLE;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostBooking;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;

/**
 * "Fördela kostnaderna": the programme costs the cost per pair times the pairs that accepted, shared
 * by the cost-sharing ledger per participant (each pair's adept's and mentor's agencies carry half of
 * it each); every participating agency's heads are told their share.
 */
@Component("bookMentorshipCosts")
@DelegateContract(reads = {Names.COST_PER_PAIR, Names.TITLE},
        writes = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY,
                CostSharingVariables.CO_FUNDING_AGENCIES},
        errors = CostSharingErrors.INVALID)
record BookCosts(CostBooking booking, MentorshipService service, MentorshipRepository repository,
        Notifications notifications, Recipients recipients, NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int pairs = service.acceptedPairs(key);
        Map<String, Long> participants = service.participantsByAgency(key);
        Money total = COST_PER_PAIR.require(execution).times(BigDecimal.valueOf(pairs));
        BookedAllocation allocation = booking.book(execution, AllocationKind.FINAL, total, CostKey.PER_PARTICIPANT,
                participants);
        repository.updateProgramme(key, "RUNNING", allocation.id(), null);
        for (BookedAllocation.Line line : allocation.lines()) {
            StepMail.of(MailKind.COST_SHARE, execution)
                    .with("activityTitle", TITLE.require(execution))
                    .with("agencyName", directory.agencyName(line.agency()))
                    .with("shareAmount", line.share().swedish())
                    .with("totalAmount", allocation.total().swedish())
                    .with("costKey", allocation.key().swedishName())
                    .send(notifications, recipients.headsOf(line.agency()),
                            "mentorship:" + allocation.id() + ":" + line.agency());
        }
    }
}
