package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CONTRACT_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.EARLIER_DIRECT_AWARDS;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE;
import static se.agencynetwork.procurement.ProcurementVariables.FRAMEWORK_AGREEMENT;
import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE_DUE_AT;
import static se.agencynetwork.procurement.ProcurementVariables.SUPPLIER;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.procurement.ProcurementRepository.Contract;
import se.agencynetwork.procurement.ProcurementRepository.Documentation;

/**
 * On completion of the contract task: saves the contract with its procuring agency and the year's earlier
 * direct awards that were added to its value; where the table asks for a post-award notice, the day it is
 * due ({@code post-award-notice-days} after today) for the notice task; and the direct-award documentation
 * record when the process collected one (variables {@code docAuthority}, {@code docPurchased},
 * {@code docCompetition}, {@code suppliersAsked}, {@code tendersReceived}; optional, so not in the
 * contract's reads).
 */
@Component("registerContract")
@DelegateContract(reads = {Names.SUBJECT, Names.CPV_CODE, Names.PROCEDURE, Names.ESTIMATED_VALUE, SUPPLIER, Names.CONTRACT_PRICE, Names.CONTRACT_START, Names.CONTRACT_END,
        Names.PROCURING_AGENCY, Names.POST_AWARD_NOTICE, FRAMEWORK_AGREEMENT}, writes = {Names.POST_AWARD_NOTICE_DUE, POST_AWARD_NOTICE_DUE_AT})
public class RegisterContract implements TaskListener {

    public static final String DOC_AUTHORITY = "docAuthority";
    public static final String DOC_PURCHASED = "docPurchased";
    public static final String DOC_COMPETITION = "docCompetition";

    private final ProcurementRepository repository;
    private final ProcurementProperties properties;
    private final se.agencynetwork.directory.NetworkDirectory directory;

    public RegisterContract(ProcurementRepository repository, ProcurementProperties properties,
            se.agencynetwork.directory.NetworkDirectory directory) {
        this.repository = repository;
        this.properties = properties;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean documented = task.getVariable(DOC_COMPETITION) != null;
        Documentation documentation = documented
                ? new Documentation(text(task, DOC_AUTHORITY), text(task, DOC_PURCHASED), text(task, DOC_COMPETITION),
                        text(task, ProcurementVariables.SUPPLIERS_ASKED),
                        ((Number) task.getVariable(ProcurementVariables.Names.TENDERS_RECEIVED)).intValue())
                : new Documentation(null, null, null, null, null);
        String user = ProcurementSupport.completedBy(task);
        repository.save(new Contract(task.getExecution().getProcessBusinessKey(), text(task, Names.SUBJECT), text(task, Names.CPV_CODE),
                text(task, Names.PROCEDURE), ESTIMATED_VALUE.get(task), text(task, SUPPLIER), CONTRACT_PRICE.get(task),
                NetworkTime.date(task.getVariable(Names.CONTRACT_START)), NetworkTime.date(task.getVariable(Names.CONTRACT_END)),
                documentation, user, text(task, Names.PROCURING_AGENCY),
                earlierDirectAwards(task), text(task, FRAMEWORK_AGREEMENT),
                text(task, Names.FRAMEWORK_AGREEMENT_NAME), PowersOfAttorney.summary(repository, directory,
                        task.getExecution().getProcessBusinessKey(), text(task, Names.PROCURING_AGENCY))), NetworkTime.nowAsDate());
        if (Boolean.TRUE.equals(task.getVariable(Names.POST_AWARD_NOTICE))) {
            java.time.LocalDate due = NetworkTime.today().plusDays(properties.postAwardNoticeDays());
            repository.postAwardNoticeDue(task.getExecution().getProcessBusinessKey(), due);
            task.getExecution().setVariable(Names.POST_AWARD_NOTICE_DUE, due.toString());
            task.getExecution().setVariable(POST_AWARD_NOTICE_DUE_AT,
                    java.util.Date.from(due.atTime(23, 59).atZone(NetworkTime.ZONE).toInstant()));
        }
    }

    /** The earlier direct awards the decision table added to the value, whole kronor; none on other paths. */
    private static Money earlierDirectAwards(DelegateTask task) {
        Long kronor = EARLIER_DIRECT_AWARDS.get(task);
        return kronor == null ? null : Money.ofKronor(kronor);
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
