package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.BORROWING_AGENCY_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.EVALUATION_AGENCIES;
import static se.agencynetwork.staffloan.StaffLoanVariables.EVALUATION_DUE_AT;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_SUMMARY;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.staffloan.StaffLoanVariables.Names;
import se.agencynetwork.survey.Surveys;

/**
 * "Be parterna utvärdera utlånet": the loan is over; the borrowing and the lending agency's heads each get
 * "Utvärdera utlånet", due after the configured period (14 days), with the loan in brief; the person lent gets a
 * personal link to a short anonymous questionnaire ({@link StaffLoanPersonSurvey}), open as long.
 */
@Component("openStaffLoanEvaluation")
@DelegateContract(reads = {Names.BORROWING_AGENCY_NAME},
        writes = {Names.EVALUATION_AGENCIES, Names.EVALUATION_DUE_AT, Names.LOAN_SUMMARY})
record OpenStaffLoanEvaluation(StaffLoanEvaluations evaluations, RunningLoans loans, Surveys surveys,
        StaffLoanMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Instant due = evaluations.dueAt();
        EVALUATION_AGENCIES.set(execution, evaluations.agencies(key));
        EVALUATION_DUE_AT.set(execution, due);
        LOAN_SUMMARY.set(execution, evaluations.summary(key));

        StaffLoanAgreement agreement = loans.agreement(key);
        LocalDateTime closes = LocalDateTime.ofInstant(due, NetworkTime.ZONE);
        String link = StaffLoanPersonSurvey.invite(surveys, key, agreement.title() + " hos "
                + BORROWING_AGENCY_NAME.require(execution) + ", " + agreement.start() + " – " + agreement.end(), closes,
                execution.getProcessInstanceId());
        mails.send(execution, List.of(new Recipient(null, agreement.personEmail(), agreement.personName())),
                "Hur fungerade ditt utlån?", "Ditt utlån är avslutat. Berätta gärna hur det fungerade för dig: fyra"
                        + " korta frågor, anonymt. Svaren visas bara sammanställda för flera utlån, aldrig för ett"
                        + " enskilt. Länken är personlig, gäller en gång och till och med " + closes.toLocalDate() + ".",
                null, false, "person-evaluation", link);
    }
}
