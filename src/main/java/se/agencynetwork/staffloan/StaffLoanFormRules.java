package se.agencynetwork.staffloan;

import static se.agencynetwork.staffloan.StaffLoanVariables.ANSWER_DATE;
import static se.agencynetwork.staffloan.StaffLoanVariables.APPROVAL_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHOICE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.CHOSEN_OFFER;
import static se.agencynetwork.staffloan.StaffLoanVariables.DECLINE_REASON;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.LOAN_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.MONTHLY_SALARY;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.NEED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_END;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_EXTENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFERED_START;
import static se.agencynetwork.staffloan.StaffLoanVariables.OFFER_DECISION;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_EMAIL;
import static se.agencynetwork.staffloan.StaffLoanVariables.PERSON_NAME;
import static se.agencynetwork.staffloan.StaffLoanVariables.REVIEW_COMMENT;
import static se.agencynetwork.staffloan.StaffLoanVariables.REVIEW_DECISION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.ProcessVariable;

/** The domain rules of the staff-loan forms, beyond what the form schemas say. */
public final class StaffLoanFormRules {

    static final String OFFER = "offer";
    static final String PUBLISH = "publish";
    static final String APPROVE = "approve";
    static final String CONSENT_GIVEN = "given";

    private StaffLoanFormRules() {
    }

    /** The need: the period runs forwards, the answer date is not past and comes before the start. */
    @Component
    public static class NeedRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.START_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            LocalDate start = submission.get(NEED_START);
            LocalDate answer = submission.get(ANSWER_DATE);
            endNotBeforeStart(submission, NEED_START, NEED_END, "Slutdatum", violations);
            if (answer != null && answer.isBefore(NetworkTime.today())) {
                violations.add(FormViolation.of(ANSWER_DATE.name(), "Sista svarsdag", "får inte ligga i det förflutna."));
            }
            if (answer != null && start != null && answer.isAfter(start)) {
                violations.add(FormViolation.of(ANSWER_DATE.name(), "Sista svarsdag",
                        "måste ligga senast på startdatumet " + start + "."));
            }
            return violations;
        }
    }

    /** The coordinator's review: returning or closing a need says why. */
    @Component
    public static class ReviewRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.REVIEW_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!PUBLISH.equals(submission.get(REVIEW_DECISION)) && blank(submission.get(REVIEW_COMMENT))) {
                return List.of(FormViolation.of(REVIEW_COMMENT.name(), "Motivering",
                        "måste fyllas i när behovet inte publiceras."));
            }
            return List.of();
        }
    }

    /** An offer names the person, the extent, the period and the salary cost basis. */
    @Component
    public static class OfferRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.OFFER_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!OFFER.equals(submission.get(OFFER_DECISION))) {
                return List.of();
            }
            List<FormViolation> violations = new ArrayList<>();
            required(submission, PERSON_NAME, "Person som erbjuds", violations);
            required(submission, PERSON_EMAIL, "Personens e-postadress", violations);
            required(submission, OFFERED_EXTENT, "Omfattning (procent av heltid)", violations);
            required(submission, OFFERED_START, "Erbjuds från och med", violations);
            required(submission, OFFERED_END, "Erbjuds till och med", violations);
            required(submission, MONTHLY_SALARY, "Månadslön (underlag för ersättning)", violations);
            Money salary = submission.get(MONTHLY_SALARY);
            if (salary != null && salary.compareTo(Money.ZERO) <= 0) {
                violations.add(FormViolation.of(MONTHLY_SALARY.name(), "Månadslön (underlag för ersättning)",
                        "måste vara större än noll."));
            }
            endNotBeforeStart(submission, OFFERED_START, OFFERED_END, "Erbjuds till och med", violations);
            return violations;
        }
    }

    /** Taking none of the offers says why. */
    @Component
    public static class ChoiceRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.CHOICE_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (StaffLoanVariables.NO_OFFER.equals(submission.get(CHOSEN_OFFER)) && blank(submission.get(CHOICE_REASON))) {
                return List.of(FormViolation.of(CHOICE_REASON.name(), "Motivering",
                        "måste fyllas i när inget erbjudande väljs."));
            }
            return List.of();
        }
    }

    /** The agreement's period runs forwards. */
    @Component
    public static class TermsRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.TERMS_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            endNotBeforeStart(submission, LOAN_START, LOAN_END, "Lånet upphör", violations);
            return violations;
        }
    }

    /** A head who does not approve says why. */
    @Component
    public static class ApprovalRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.APPROVAL_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!APPROVE.equals(submission.get(APPROVAL_DECISION)) && blank(submission.get(DECLINE_REASON))) {
                return List.of(FormViolation.of(DECLINE_REASON.name(), "Motivering",
                        "måste fyllas i när avtalet inte godkänns."));
            }
            return List.of();
        }
    }

    private static void endNotBeforeStart(FormSubmission submission, ProcessVariable<LocalDate> startField,
            ProcessVariable<LocalDate> endField, String endLabel, List<FormViolation> violations) {
        LocalDate start = submission.get(startField);
        LocalDate end = submission.get(endField);
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(FormViolation.of(endField.name(), endLabel, "får inte ligga före startdatumet " + start + "."));
        }
    }

    private static void required(FormSubmission submission, ProcessVariable<?> field, String label,
            List<FormViolation> violations) {
        Object value = submission.get(field.name());
        if (value == null || (value instanceof String s && s.isBlank())) {
            violations.add(FormViolation.of(field.name(), label, "måste fyllas i för ett erbjudande."));
        }
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
