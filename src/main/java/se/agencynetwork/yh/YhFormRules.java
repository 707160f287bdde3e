package se.agencynetwork.yh;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.directory.NetworkDirectory;

/** The domain rules of the YH forms, beyond what the form schemas say. */
public final class YhFormRules {

    /** The form the coordinator registers the education provider and the planned programme with. */
    public static final String PROVIDER_FORM = YhVariables.PROVIDER_FORM;
    private static final String PROVIDER_ORG_NUMBER = YhVariables.PROVIDER_ORG_NUMBER.name();
    private static final String PROGRAMME_CREDITS = YhVariables.PROGRAMME_CREDITS.name();
    private static final String LIA_PERCENT = YhVariables.LIA_PERCENT.name();

    private YhFormRules() {
    }

    /** Provider: a valid organisation number; 200-600 credits; 400 credits or more need at least 25 % LIA. */
    @Component
    public static class ProviderRule implements FormRule {
        @Override
        public String formId() {
            return PROVIDER_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            String orgProblem = YhRules.orgNumberProblem(submission.get(YhVariables.PROVIDER_ORG_NUMBER));
            if (orgProblem != null) {
                violations.add(FormViolation.of(PROVIDER_ORG_NUMBER, "Organisationsnummer", orgProblem));
            }
            Object credits = submission.get(PROGRAMME_CREDITS);
            Object lia = submission.get(LIA_PERCENT);
            if (credits instanceof Number number) {
                BigDecimal liaPercent = lia == null ? null : new BigDecimal(lia.toString());
                for (String problem : YhRules.programmeProblems(number.intValue(), liaPercent)) {
                    String key = problem.contains("LIA") ? LIA_PERCENT : PROGRAMME_CREDITS;
                    String label = problem.contains("LIA") ? "LIA-andel (%)" : "YH-poäng";
                    violations.add(new FormViolation(key, label, "Fältet \"" + label + "\" (" + key + "): " + problem));
                }
            }
            return violations;
        }
    }

    /** The need: at least one concerned agency, each an agency of the network. */
    @Component
    static class NeedRule implements FormRule {
        private final NetworkDirectory directory;

        NeedRule(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String formId() {
            return YhVariables.NEED_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            // Tasklist submits the checklist as Spin JSON, code as a list
            List<String> agencies = ProcessJson.strings(submission.get(YhVariables.CONCERNED_AGENCIES.name()));
            List<FormViolation> violations = new ArrayList<>();
            if (agencies.isEmpty()) {
                violations.add(FormViolation.of(YhVariables.CONCERNED_AGENCIES.name(), "Berörda myndigheter",
                        "måste ange minst en myndighet som kan skriva en avsiktsförklaring."));
            }
            for (String agency : agencies) {
                if (directory.agency(agency).isEmpty()) {
                    violations.add(FormViolation.of(YhVariables.CONCERNED_AGENCIES.name(), "Berörda myndigheter",
                            "anger en okänd myndighet: '" + agency + "'."));
                }
            }
            return violations;
        }
    }

    /**
     * A letter of intent: a signature names a hiring need and a reference person, and is refused
     * when it would pass MYH's limit of reference persons (one per signed letter).
     */
    @Component
    static class LetterRule implements FormRule {
        private final YhApplications applications;
        private final YhProperties properties;

        LetterRule(YhApplications applications, YhProperties properties) {
            this.applications = applications;
            this.properties = properties;
        }

        @Override
        public String formId() {
            return YhVariables.LETTER_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            if (!LetterOfIntent.Answer.SIGNED.value().equals(submission.get(YhVariables.LETTER_ANSWER))) {
                return violations;
            }
            Object need = submission.get(YhVariables.HIRING_NEED.name());
            if (!(need instanceof Number number) || number.intValue() < 1) {
                violations.add(FormViolation.of(YhVariables.HIRING_NEED.name(), "Rekryteringsbehov (personer inom 3–5 år)",
                        "måste vara minst 1 för en undertecknad avsiktsförklaring."));
            }
            String person = submission.get(YhVariables.REFERENCE_PERSON);
            if (person == null || person.isBlank()) {
                violations.add(FormViolation.of(YhVariables.REFERENCE_PERSON.name(), "Referensperson",
                        "måste anges för en undertecknad avsiktsförklaring."));
            }
            String agency = submission.get(YhVariables.AGENCY);
            if (submission.businessKey() != null && agency != null) {
                String refusal = ReferencePersonLimit.refusal(
                        applications.signedByOthers(submission.businessKey(), agency),
                        properties.maxReferencePersons());
                if (refusal != null) {
                    violations.add(new FormViolation(YhVariables.LETTER_ANSWER.name(), "Svar",
                            "Fältet \"Svar\" (" + YhVariables.LETTER_ANSWER.name() + "): " + refusal));
                }
            }
            return violations;
        }
    }

    /** A day that must not lie in the future ({@code past} = true) or in the past ({@code past} = false). */
    static class DayRule implements FormRule {
        private final Clock clock;
        private final String formId;
        private final String key;
        private final String label;
        private final boolean past;
        private final String problem;

        DayRule(Clock clock, String formId, String key, String label, boolean past, String problem) {
            this.clock = clock;
            this.formId = formId;
            this.key = key;
            this.label = label;
            this.past = past;
            this.problem = problem;
        }

        @Override
        public String formId() {
            return formId;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            LocalDate day = date(submission.get(key));
            LocalDate today = LocalDate.now(clock);
            if (day != null && (past ? day.isAfter(today) : day.isBefore(today))) {
                return List.of(FormViolation.of(key, label, problem));
            }
            return List.of();
        }
    }

    /** The provider's submission: it has happened, so its day is not in the future. */
    @Component
    static class SubmittedRule extends DayRule {
        SubmittedRule(Clock clock) {
            super(clock, YhVariables.SUBMITTED_FORM, YhVariables.SUBMITTED_ON.name(), "Ansökan lämnades in", true,
                    "ligger i framtiden; bekräfta först när anordnaren har lämnat in ansökan.");
        }
    }

    /** The programme's start: not in the past. */
    @Component
    static class StartRule extends DayRule {
        StartRule(Clock clock) {
            super(clock, YhVariables.START_FORM, YhVariables.PROGRAMME_START.name(), "Utbildningen startar", false,
                    "ligger i det förflutna.");
        }
    }

    static LocalDate date(Object value) {
        try {
            return NetworkTime.date(value);
        } catch (DateTimeParseException e) {
            return null; // the schema check names a malformed date
        }
    }
}
