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

    /**
     * A change during the loan: the fields of the kind asked for. A new extent or an early end is in force no
     * earlier than the agreement's notice period from today, and within the loan; an extension ends later.
     */
    @Component
    public static class ChangeRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.CHANGE_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            String kind = submission.get(StaffLoanVariables.CHANGE_KIND);
            LocalDate start = submission.get(LOAN_START);
            LocalDate end = submission.get(LOAN_END);
            Long notice = submission.get(StaffLoanVariables.NOTICE_MONTHS);
            LocalDate earliest = NetworkTime.today().plusMonths(notice == null ? 0 : notice);
            String noticeText = "uppsägningstiden (" + AgreementTerms.noticePeriod(notice == null ? 0 : notice.intValue())
                    + ") räknad från i dag, " + earliest;
            List<FormViolation> violations = new ArrayList<>();
            if (StaffLoanVariables.CHANGE_EXTENT.equals(kind)) {
                LocalDate from = submission.get(StaffLoanVariables.EFFECTIVE_DATE);
                if (from == null) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.EFFECTIVE_DATE, "Ny omfattning gäller från",
                            "måste fyllas i för en ändrad omfattning."));
                } else if (from.isBefore(earliest)) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.EFFECTIVE_DATE, "Ny omfattning gäller från",
                            "får ligga tidigast efter " + noticeText + "."));
                } else if (from.isAfter(end) || from.isBefore(start)) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.EFFECTIVE_DATE, "Ny omfattning gäller från",
                            "måste ligga inom utlånet, " + start + " – " + end + "."));
                }
                if (submission.get(StaffLoanVariables.NEW_EXTENT) == null) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_EXTENT,
                            "Ny omfattning (procent av heltid)", "måste fyllas i för en ändrad omfattning."));
                }
            } else {
                LocalDate newEnd = submission.get(StaffLoanVariables.NEW_END);
                String label = "Ny sista dag för utlånet";
                if (newEnd == null) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_END, label,
                            "måste fyllas i för ett förtida avslut eller en förlängning."));
                } else if (StaffLoanVariables.CHANGE_END_EARLY.equals(kind)) {
                    if (newEnd.isBefore(earliest)) {
                        violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_END, label,
                                "får ligga tidigast efter " + noticeText + "."));
                    } else if (!newEnd.isBefore(end)) {
                        violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_END, label,
                                "måste ligga före utlånets nuvarande sista dag " + end + "."));
                    } else if (newEnd.isBefore(start)) {
                        violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_END, label,
                                "får inte ligga före utlånets första dag " + start + "."));
                    }
                } else if (!newEnd.isAfter(end)) {
                    violations.add(FormViolation.of(StaffLoanVariables.Names.NEW_END, label,
                            "måste ligga efter utlånets nuvarande sista dag " + end + " för en förlängning."));
                }
            }
            return violations;
        }
    }

    /** A head who does not approve an extension says why. */
    @Component
    public static class ExtensionRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.EXTENSION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!APPROVE.equals(submission.get(StaffLoanVariables.EXTENSION_DECISION))
                    && blank(submission.get(StaffLoanVariables.EXTENSION_COMMENT))) {
                return List.of(FormViolation.of(StaffLoanVariables.Names.EXTENSION_COMMENT, "Motivering",
                        "måste fyllas i när förlängningen inte godkänns."));
            }
            return List.of();
        }
    }

    /** An agency that would not lend or borrow this way again says what should be better. */
    @Component
    public static class EvaluationRule implements FormRule {
        @Override
        public String formId() {
            return StaffLoanProcess.EVALUATION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (StaffLoanVariables.REPEAT_NO.equals(submission.get(StaffLoanVariables.WOULD_REPEAT))
                    && blank(submission.get(StaffLoanVariables.IMPROVEMENT))) {
                return List.of(FormViolation.of(StaffLoanVariables.Names.IMPROVEMENT, "Vad kan bli bättre?",
                        "måste fyllas i när ni inte skulle göra ett liknande utlån igen."));
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
