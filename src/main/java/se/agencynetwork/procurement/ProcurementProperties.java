package se.agencynetwork.procurement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the procurement process ({@code network.procurement}). The thresholds are not here:
 * they are rows of processes/procurement-procedure.dmn. The minimum number of co-funders is
 * {@code network.idea.min-agencies}.
 *
 * @param standstillElectronicDays  standstill when the award decision is sent electronically (LOU 20:1)
 * @param standstillOtherDays       standstill when it is sent otherwise (by letter)
 * @param answersDaysBeforeDeadline  the last day the procuring agency answers suppliers' questions, days before
 *                                  the tender deadline (LOU: answers at the latest six days before it)
 * @param questionsDaysBeforeAnswers the suppliers' last day for questions, days before the answers' last day
 * @param postAwardNoticeDays       the post-award notice (efterannonsering) is due this many days after the contract
 * @param approvalPeriod            how long the heads have for their approval tasks (due date; reminder automatic)
 */
@ConfigurationProperties("network.procurement")
public record ProcurementProperties(
        @DefaultValue("10") int standstillElectronicDays,
        @DefaultValue("15") int standstillOtherDays,
        @DefaultValue("6") int answersDaysBeforeDeadline,
        @DefaultValue("2") int questionsDaysBeforeAnswers,
        @DefaultValue("30") int postAwardNoticeDays,
        @DefaultValue("P7D") Duration approvalPeriod) {
}
