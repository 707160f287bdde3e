package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.AGENCY;
import static se.agencynetwork.idea.IdeaVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.DECISION;
import static se.agencynetwork.idea.IdeaVariables.DUPLICATE_OF;
import static se.agencynetwork.idea.IdeaVariables.ENOUGH_INTEREST;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_DEADLINE;
import static se.agencynetwork.idea.IdeaVariables.MIN_AGENCIES;
import static se.agencynetwork.idea.IdeaVariables.MIN_PARTICIPANTS;
import static se.agencynetwork.idea.IdeaVariables.ORIGIN_TYPE;
import static se.agencynetwork.idea.IdeaVariables.SCREENING_COMMENT;
import static se.agencynetwork.idea.IdeaVariables.SCREENING_OUTCOME;
import static se.agencynetwork.idea.IdeaVariables.WANTED_START;
import static se.agencynetwork.idea.IdeaVariables.WANTED_START_DATE;
import static se.agencynetwork.idea.IdeaVariables.WORKING_GROUP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.NetworkTime;

/** The domain rules of the idea forms, beyond what the form schemas say. */
public final class IdeaFormRules {

    private IdeaFormRules() {
    }

    /** Start form: a working group must be named when the idea comes from one; the wished start is not past. */
    @Component
    public static class SubmitRule implements FormRule {
        @Override
        public String formId() {
            return IdeaVariables.SUBMIT_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            if ("working-group".equals(submission.get(ORIGIN_TYPE)) && submission.get(WORKING_GROUP) == null) {
                violations.add(FormViolation.of(WORKING_GROUP, "Arbetsgrupp",
                        "måste väljas när idén kommer från en arbetsgrupp."));
            }
            LocalDate start = submission.get(WANTED_START_DATE);
            if (start != null && start.isBefore(NetworkTime.today())) {
                violations.add(FormViolation.of(WANTED_START, "Önskad start", "får inte ligga i det förflutna."));
            }
            return violations;
        }
    }

    /** Screening: a duplicate names the existing idea, and sending back or merging says why. */
    @Component
    public static class ScreenRule implements FormRule {
        private final ObjectProvider<HistoryService> history;

        public ScreenRule(ObjectProvider<HistoryService> history) {
            this.history = history;
        }

        @Override
        public String formId() {
            return IdeaVariables.SCREEN_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            String outcome = submission.get(SCREENING_OUTCOME);
            String duplicateOf = submission.get(DUPLICATE_OF);
            if ("duplicate".equals(outcome)) {
                if (duplicateOf == null || duplicateOf.isBlank()) {
                    violations.add(FormViolation.of(DUPLICATE_OF.name(), "Dubblett av", "måste anges för en dubblett."));
                } else if (duplicateOf.equals(submission.businessKey()) || history.getObject()
                        .createHistoricProcessInstanceQuery().processDefinitionKey(IdeaVariables.PROCESS_KEY)
                        .processInstanceBusinessKey(duplicateOf).count() == 0) {
                    violations.add(FormViolation.of(DUPLICATE_OF.name(), "Dubblett av",
                            "måste vara en annan, befintlig idé (" + duplicateOf + " finns inte)."));
                }
            }
            String comment = submission.get(SCREENING_COMMENT);
            if (("duplicate".equals(outcome) || "incomplete".equals(outcome)) && (comment == null || comment.isBlank())) {
                violations.add(FormViolation.of(SCREENING_COMMENT.name(), "Kommentar till idégivaren",
                        "måste fyllas i när idén skickas tillbaka eller slås ihop."));
            }
            return violations;
        }
    }

    /** Shaping: the interest round's deadline lies in the future. */
    @Component
    public static class ShapeRule implements FormRule {
        @Override
        public String formId() {
            return IdeaVariables.SHAPE_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            LocalDate deadline = submission.get(INTEREST_DEADLINE);
            if (deadline != null && !deadline.isAfter(NetworkTime.today())) {
                return List.of(FormViolation.of(INTEREST_DEADLINE.name(), "Sista dag för intresseanmälan",
                        "måste ligga efter i dag."));
            }
            return List.of();
        }
    }

    /** Interest: an agency cannot send more participants than it has staff. */
    @Component
    public static class InterestRule implements FormRule {
        private final NetworkDirectory directory;

        public InterestRule(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String formId() {
            return IdeaVariables.INTEREST_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            String agency = submission.get(AGENCY);
            Long participants = submission.get(AGENCY_PARTICIPANTS);
            Integer headcount = agency == null ? null : directory.agency(agency).map(Agency::headcount).orElse(null);
            if (participants != null && headcount != null && participants > headcount) {
                return List.of(FormViolation.of(AGENCY_PARTICIPANTS.name(), "Förväntat antal deltagare",
                        "är fler än myndighetens " + headcount + " anställda."));
            }
            return List.of();
        }
    }

    /** Decision: the council can say yes only when the minimums of agencies and participants are met. */
    @Component
    public static class DecisionRule implements FormRule {
        @Override
        public String formId() {
            return IdeaVariables.DECISION_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if ("approve".equals(submission.get(DECISION)) && !Boolean.TRUE.equals(submission.get(ENOUGH_INTEREST))) {
                return List.of(FormViolation.of(DECISION.name(), "Beslut", "kan inte vara bifall: intresseomgången nådde inte"
                        + " minst " + submission.get(MIN_AGENCIES) + " myndigheter och "
                        + submission.get(MIN_PARTICIPANTS) + " deltagare."));
            }
            return List.of();
        }
    }
}
