package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.PreventsBpmnError;
import se.agencynetwork.process.ProcessVariable;

/**
 * The domain rules of the mentorship programme's forms, beyond what each form's schema says (which
 * the enforcement checks first: required fields, lengths, numbers, the allowed values).
 */
public final class MentorshipFormRules {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private MentorshipFormRules() {
    }

    /**
     * Opening: the last day to nominate lies ahead, the period starts after it and ends after it starts. With the
     * form's limits (cost per pair a whole amount of 0 to 1 000 000 kr, 1 to 50 pairs) and the matching rule (every
     * pair of two member agencies, each with a participant) the programme's booking cannot be refused by the ledger.
     */
    @Component
    @PreventsBpmnError(element = "ServiceTask_BookCosts", codes = CostSharingErrors.INVALID,
            because = "the start form bounds the cost per pair and the number of pairs, and the council's pairs are of"
                    + " two different member agencies, so the allocation always has co-funders with participants")
    public static class StartRule implements FormRule {
        @Override
        public String formId() {
            return START_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            LocalDate lastAnswer = submission.get(LAST_ANSWER_DATE);
            LocalDate start = submission.get(PERIOD_START);
            LocalDate end = submission.get(PERIOD_END);
            if (lastAnswer != null && lastAnswer.isBefore(NetworkTime.today())) {
                violations.add(FormViolation.of(LAST_ANSWER_DATE.name(), "Sista dag för anmälan",
                        "får inte ha passerat (" + lastAnswer + ")."));
            }
            if (lastAnswer != null && start != null && !start.isAfter(lastAnswer)) {
                violations.add(FormViolation.of(PERIOD_START.name(), "Programmet startar",
                        "måste ligga efter sista dag för anmälan (" + lastAnswer + ")."));
            }
            if (start != null && end != null && !end.isAfter(start)) {
                violations.add(FormViolation.of(PERIOD_END.name(), "Programmet slutar",
                        "måste ligga efter programstarten (" + start + ")."));
            }
            return violations;
        }
    }

    /**
     * Nomination: an agency that takes part names an adept, a mentor or both; a named person comes
     * with a valid e-mail address, an area and the free text; an agency that does not take part names nobody.
     */
    @Component
    public static class ParticipationRule implements FormRule {
        @Override
        public String formId() {
            return PARTICIPATION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            boolean participates = Boolean.TRUE.equals(submission.get(PARTICIPATES));
            boolean adept = filled(submission, ADEPT_NAME);
            boolean mentor = filled(submission, MENTOR_NAME);
            if (participates && !adept && !mentor) {
                violations.add(FormViolation.of(ADEPT_NAME.name(), "Adeptens namn",
                        "eller mentorns namn måste anges när myndigheten deltar."));
            }
            if (!participates && (adept || mentor)) {
                violations.add(FormViolation.of(PARTICIPATES.name(), "Myndigheten deltar i programmet",
                        "måste kryssas i när en adept eller mentor anges."));
            }
            if (participates && adept) {
                person(submission, violations, ADEPT_EMAIL, "Adeptens e-postadress", ADEPT_AREA, "Adeptens område",
                        ADEPT_GOALS, "Adeptens mål med programmet");
            }
            if (participates && mentor) {
                person(submission, violations, MENTOR_EMAIL, "Mentorns e-postadress", MENTOR_AREA, "Mentorns område",
                        MENTOR_OFFERS, "Vad mentorn kan erbjuda");
            }
            return violations;
        }

        private static void person(FormSubmission submission, List<FormViolation> violations,
                ProcessVariable<String> email, String emailLabel, ProcessVariable<String> area, String areaLabel,
                ProcessVariable<String> text, String textLabel) {
            String address = submission.get(email);
            if (address == null || address.isBlank()) {
                violations.add(FormViolation.of(email.name(), emailLabel, "måste anges."));
            } else if (!EMAIL.matcher(address.trim()).matches()) {
                violations.add(FormViolation.of(email.name(), emailLabel, "är ingen e-postadress: '" + address + "'."));
            }
            if (!filled(submission, area)) {
                violations.add(FormViolation.of(area.name(), areaLabel, "måste väljas."));
            }
            if (!filled(submission, text)) {
                violations.add(FormViolation.of(text.name(), textLabel, "måste fyllas i."));
            }
        }
    }

    /** Approval: a head who does not approve says why. */
    @Component
    public static class ApprovalRule implements FormRule {
        @Override
        public String formId() {
            return APPROVAL_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!Boolean.TRUE.equals(submission.get(HEAD_APPROVES)) && !filled(submission, HEAD_COMMENT)) {
                return List.of(FormViolation.of(HEAD_COMMENT.name(), "Kommentar",
                        "måste fyllas i när deltagarna inte godkänns."));
            }
            return List.of();
        }
    }

    /** The council's plan: available adepts and mentors, never one agency in a pair, nobody twice, within the places. */
    @Component
    public static class MatchingRule implements FormRule {
        private final MentorshipService service;

        MatchingRule(MentorshipService service) {
            this.service = service;
        }

        @Override
        public String formId() {
            return MATCHING_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            Long places = submission.get(PAIR_COUNT);
            if (submission.businessKey() == null || places == null) {
                return List.of();
            }
            return service.planProblems(submission.businessKey(), places, submission.get(PAIR_PLAN)).stream()
                    .map(problem -> FormViolation.of(PAIR_PLAN.name(), "Par att fastställa", problem + "."))
                    .toList();
        }
    }

    /** A party's answer: a decline says why. */
    @Component
    public static class AnswerRule implements FormRule {
        @Override
        public String formId() {
            return ANSWER_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!Boolean.TRUE.equals(submission.get(ACCEPTS)) && !filled(submission, DECLINE_REASON)) {
                return List.of(FormViolation.of(DECLINE_REASON.name(), "Skäl att tacka nej",
                        "måste fyllas i när parten tackar nej."));
            }
            return List.of();
        }
    }

    /** A pair that ends early says why, in more than blanks. */
    @Component
    public static class EarlyEndRule implements FormRule {
        @Override
        public String formId() {
            return EARLY_END_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!filled(submission, END_REASON)) {
                return List.of(FormViolation.of(END_REASON.name(), "Skäl till att paret avslutas",
                        "måste fyllas i när paret avslutas i förtid."));
            }
            return List.of();
        }
    }

    static boolean filled(FormSubmission submission, ProcessVariable<String> field) {
        String value = submission.get(field);
        return value != null && !value.isBlank();
    }
}
