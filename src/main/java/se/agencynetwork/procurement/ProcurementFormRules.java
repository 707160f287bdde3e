package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.forms.FormRule;
import se.agencynetwork.forms.FormSubmission;
import se.agencynetwork.forms.FormViolation;

/** The domain rules of the procurement forms, beyond what the form schemas say. */
public final class ProcurementFormRules {

    private ProcurementFormRules() {
    }

    /**
     * Requirement: a well-formed CPV code; each co-funding agency known and listed once, and at least one
     * participant in all (the procuring agency is a select: the form schema refuses anything it does not offer).
     */
    @Component
    public static class RequirementRule implements FormRule {
        private final NetworkDirectory directory;

        public RequirementRule(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String formId() {
            return ProcurementVariables.REQUIREMENT_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            List<FormViolation> violations = new ArrayList<>();
            Object cpv = submission.get(Names.CPV_CODE);
            if (cpv != null && !CpvCodes.isValid(cpv.toString())) {
                violations.add(FormViolation.of(Names.CPV_CODE, "CPV-kod", "ska ha åtta siffror, ev. med kontrollsiffra (80511000-9)."));
            }
            Object framework = submission.get(ProcurementVariables.FRAMEWORK_AGREEMENT);
            Object frameworkName = submission.get(ProcurementVariables.Names.FRAMEWORK_AGREEMENT_NAME);
            if (!ProcurementVariables.FRAMEWORK_NONE.equals(framework) && framework != null
                    && (frameworkName == null || frameworkName.toString().isBlank())) {
                violations.add(FormViolation.of(ProcurementVariables.Names.FRAMEWORK_AGREEMENT_NAME, "Ramavtal",
                        "måste anges när ett statligt ramavtal finns."));
            }
            Object reason = submission.get(ProcurementVariables.Names.DEVIATION_REASON);
            if (ProcurementVariables.FRAMEWORK_DEVIATION.equals(framework) && (reason == null || reason.toString().isBlank())) {
                violations.add(FormViolation.of(ProcurementVariables.Names.DEVIATION_REASON, "Skäl att inte använda ramavtalet",
                        "måste anges: det är skälet i avstegsanmälan till Kammarkollegiet."));
            }
            List<Map<String, Object>> rows;
            try {
                rows = ProcurementSupport.rows(submission.get(AGENCY_PARTICIPANTS));
            } catch (IllegalArgumentException e) {
                return List.of(FormViolation.of(AGENCY_PARTICIPANTS, "Medfinansierande myndigheter", "kan inte läsas."));
            }
            Set<String> seen = new HashSet<>();
            int participants = 0;
            for (Map<String, Object> row : rows) {
                String agency = String.valueOf(row.get("agency"));
                if (directory.agency(agency).isEmpty()) {
                    violations.add(FormViolation.of(AGENCY_PARTICIPANTS, "Medfinansierande myndigheter",
                            "innehåller en okänd myndighet (" + agency + ")."));
                } else if (!seen.add(agency)) {
                    violations.add(FormViolation.of(AGENCY_PARTICIPANTS, "Medfinansierande myndigheter",
                            "innehåller " + agency + " två gånger."));
                }
                if (row.get("participants") instanceof Number n) {
                    participants += n.intValue();
                }
            }
            if (rows.isEmpty() || participants < 1) {
                violations.add(FormViolation.of(AGENCY_PARTICIPANTS, "Medfinansierande myndigheter",
                        "måste ange minst en myndighet med minst en deltagare."));
            }
            return violations;
        }
    }

    /**
     * Quotes or advertisement: the tender deadline respects the minimum tender period of the decision table, and
     * leaves the suppliers at least one day for questions (their last day before the answers' last day).
     */
    abstract static class TenderDeadlineRule implements FormRule {
        private final ProcurementProperties properties;

        TenderDeadlineRule(ProcurementProperties properties) {
            this.properties = properties;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            LocalDate deadline = NetworkTime.date(submission.get(TENDER_DEADLINE));
            Object period = submission.get(Names.MINIMUM_TENDER_PERIOD_DAYS);
            if (deadline == null || !(period instanceof Number days)) {
                return List.of();
            }
            LocalDate earliest = NetworkTime.today().plusDays(days.longValue());
            if (deadline.isBefore(earliest)) {
                return List.of(FormViolation.of(TENDER_DEADLINE, "Sista anbudsdag", "får tidigast vara " + earliest
                        + " (minsta anbudstid " + days.longValue() + " dagar)."));
            }
            LocalDate questions = ScheduleTenderPeriod.questionsDeadline(deadline, properties);
            if (!questions.isAfter(NetworkTime.today())) {
                return List.of(FormViolation.of(TENDER_DEADLINE, "Sista anbudsdag", "ger sista dag för frågor " + questions
                        + ", som inte ligger efter i dag: välj en senare anbudsdag."));
            }
            return List.of();
        }
    }

    @Component
    public static class QuotesRule extends TenderDeadlineRule {
        public QuotesRule(ProcurementProperties properties) {
            super(properties);
        }

        @Override
        public String formId() {
            return ProcurementVariables.QUOTES_FORM;
        }
    }

    @Component
    public static class AdvertiseRule extends TenderDeadlineRule {
        public AdvertiseRule(ProcurementProperties properties) {
            super(properties);
        }

        @Override
        public String formId() {
            return ProcurementVariables.ADVERTISE_FORM;
        }
    }

    /** A head who declines says why. */
    abstract static class DeclineReasonRule implements FormRule {
        @Override
        public List<FormViolation> check(FormSubmission submission) {
            Object comment = submission.get(CostSharingVariables.COST_SHARE_COMMENT);
            if (Boolean.FALSE.equals(submission.get(CostSharingVariables.COST_SHARE_APPROVED))
                    && (comment == null || comment.toString().isBlank())) {
                return List.of(FormViolation.of(CostSharingVariables.COST_SHARE_COMMENT, "Kommentar",
                        "måste anges när myndigheten avböjer."));
            }
            return List.of();
        }
    }

    @Component
    public static class ApproveStartRule extends DeclineReasonRule {
        @Override
        public String formId() {
            return ProcurementVariables.APPROVE_START_FORM;
        }
    }

    @Component
    public static class ApproveAwardRule extends DeclineReasonRule {
        @Override
        public String formId() {
            return ProcurementVariables.APPROVE_AWARD_FORM;
        }
    }

    /** The power of attorney is given: a head who will not give it declines the start instead. */
    @Component
    public static class PowerOfAttorneyRule implements FormRule {
        @Override
        public String formId() {
            return ProcurementVariables.POWER_OF_ATTORNEY_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            if (!Boolean.TRUE.equals(submission.get(ProcurementVariables.POWER_OF_ATTORNEY_GRANTED))) {
                return List.of(FormViolation.of(ProcurementVariables.POWER_OF_ATTORNEY_GRANTED, "Fullmakt",
                        "måste ges för att den upphandlande myndigheten ska kunna upphandla för er räkning."));
            }
            return List.of();
        }
    }

    /** Contract: the period ends on or after its start. */
    @Component
    public static class ContractRule implements FormRule {
        @Override
        public String formId() {
            return ProcurementVariables.CONTRACT_FORM;
        }

        @Override
        public List<FormViolation> check(FormSubmission submission) {
            LocalDate start = NetworkTime.date(submission.get(Names.CONTRACT_START));
            LocalDate end = NetworkTime.date(submission.get(Names.CONTRACT_END));
            if (start != null && end != null && end.isBefore(start)) {
                return List.of(FormViolation.of(Names.CONTRACT_END, "Avtalet gäller till", "får inte vara före avtalets start."));
            }
            return List.of();
        }
    }
}
