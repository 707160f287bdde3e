package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostBooking;
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;

/**
 * {@code ${bookCourseCosts}}: the final cost allocation on the registered seats (a no-show pays
 * the seat) booked through cost sharing ({@link CostBooking}) with the contract price (the estimate
 * when there was no procurement), and each agency's heads told their share.
 */
@Component("bookCourseCosts")
@DelegateContract(reads = {Names.CONTRACT_PRICE, Names.ESTIMATED_COST, COST_KEY, Names.COURSE_TITLE},
        writes = {CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY,
                CostSharingVariables.CO_FUNDING_AGENCIES},
        errors = CostSharingErrors.INVALID)
record BookCourseCosts(
        CostBooking booking,
        CourseParticipants participants,
        Notifications notifications,
        Recipients recipients,
        NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Map<String, Long> seats = new TreeMap<>();
        participants.of(key).forEach(p -> seats.merge(p.agency(), 1L, Long::sum));
        Money agreed = CONTRACT_PRICE.get(execution);
        Money price = agreed != null ? agreed : ESTIMATED_COST.require(execution);
        BookedAllocation allocation = booking.book(execution, AllocationKind.FINAL, price,
                CostSharingVariables.KEY.get(execution, CostKey.PER_PARTICIPANT), seats);
        for (BookedAllocation.Line line : allocation.lines()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("activityTitle", COURSE_TITLE.get(execution));
            model.put("agencyName", directory.agencyName(line.agency()));
            model.put("shareAmount", line.share().swedish());
            model.put("totalAmount", allocation.total().swedish());
            model.put("costKey", allocation.key().swedishName());
            notifications.send(MailKind.COST_SHARE, recipients.headsOf(line.agency()), model,
                    MailContext.of(execution.getProcessInstanceId(), key),
                    "course:" + allocation.id() + ":" + line.agency(), null);
        }
    }
}
