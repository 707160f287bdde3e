package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.ACTIVITY_COST_KEY;
import static se.agencynetwork.recruitment.RecruitmentVariables.ACTIVITY_DATE;
import static se.agencynetwork.recruitment.RecruitmentVariables.ACTUAL_COST;
import static se.agencynetwork.recruitment.RecruitmentVariables.EVENT_NOTES;
import static se.agencynetwork.recruitment.RecruitmentVariables.FOLLOW_UP_AT;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPATING_AGENCIES;
import static se.agencynetwork.recruitment.RecruitmentVariables.TITLE;

import java.util.Map;
import java.util.TreeMap;

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
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Fördela kostnaden": the activity took place; its actual cost is booked as the final allocation of
 * the ledger among the agencies that signed up (equal shares or by headcount, as planned), each agency's
 * heads are told their share ({@code cost-share}), and the follow-up of hires is set six months on.
 */
@Component("shareRecruitmentCost")
@DelegateContract(reads = {Names.ACTUAL_COST, Names.ACTIVITY_COST_KEY, Names.PARTICIPATING_AGENCIES, Names.ACTIVITY_DATE,
        Names.EVENT_NOTES, Names.TITLE},
        writes = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY,
                CostSharingVariables.CO_FUNDING_AGENCIES, Names.FOLLOW_UP_AT},
        errors = CostSharingErrors.INVALID)
record ShareRecruitmentCost(
        CostBooking booking,
        RecruitmentRepository repository,
        RecruitmentActivities activities,
        RecruitmentMails mails,
        NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Money cost = ACTUAL_COST.require(execution);
        // equal shares and headcount do not weigh participants: one per agency
        Map<String, Long> agencies = new TreeMap<>();
        PARTICIPATING_AGENCIES.require(execution).forEach(agency -> agencies.put(agency, 1L));
        BookedAllocation allocation = booking.book(execution, AllocationKind.FINAL, cost,
                CostKey.fromIdea(ACTIVITY_COST_KEY.require(execution)), agencies);
        repository.recordHeld(key, cost, EVENT_NOTES.get(execution), allocation.id(), Actors.of(execution),
                NetworkTime.now());
        for (BookedAllocation.Line line : allocation.lines()) {
            StepMail.of(MailKind.COST_SHARE, execution)
                    .with("activityTitle", TITLE.get(execution))
                    .with("agencyName", directory.agencyName(line.agency()))
                    .with("shareAmount", line.share().swedish())
                    .with("totalAmount", allocation.total().swedish())
                    .with("costKey", allocation.key().swedishName())
                    .send(mails.notifications(), mails.headsOf(line.agency()),
                            "recruitment:" + allocation.id() + ":" + line.agency());
        }
        FOLLOW_UP_AT.set(execution, activities.followUpAt(ACTIVITY_DATE.require(execution)));
    }
}
