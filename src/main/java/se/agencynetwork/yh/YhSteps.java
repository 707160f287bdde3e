package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.WorkingGroup;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;

/** The automatic steps of yh-application; each a thin bean around the directory, the tables and the outbox. */
final class YhSteps {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final DateTimeFormatter SWEDISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
    /** Reminders and the next round's timer fire at the start of a working day. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private YhSteps() {
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(SWEDEN).toLocalDate();
    }

    static Date atMorning(LocalDate day) {
        return Date.from(day.atTime(MORNING).atZone(SWEDEN).toInstant());
    }

    /** The moment, or now if it has passed (a timer in the past would fire at once anyway; this says so). */
    static Date notBeforeNow(Instant moment) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return Date.from(moment.isBefore(now) ? now : moment);
    }

    static String agencyName(NetworkDirectory directory, String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }

    static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }

    static String programme(DelegateExecution execution) {
        String name = text(execution, PROGRAMME_NAME);
        return name != null ? name : text(execution, TITLE);
    }

    static MailContext context(DelegateExecution execution) {
        return MailContext.of(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    /** Everyone concerned by an application: coordinators, the working group, the council and the agencies' heads. */
    static List<Recipient> everyone(Recipients recipients, DelegateExecution execution, Collection<String> agencies) {
        List<Recipient> all = new ArrayList<>(recipients.group(Groups.NETWORK_COORDINATORS));
        Object workingGroup = execution.getVariable(WORKING_GROUP);
        if (workingGroup != null) {
            all.addAll(recipients.group(workingGroup.toString()));
        }
        all.addAll(recipients.group(Groups.EDUCATION_COUNCIL));
        agencies.forEach(agency -> all.addAll(recipients.headsOf(agency)));
        return all;
    }

    /**
     * {@code ${prepareYhApplication}}: the working group that describes the need (the configured
     * default, which must be a working group of the directory), the agencies to choose from, and the
     * idea's co-funding agencies proposed as the concerned ones.
     */
    @Component("prepareYhApplication")
    @DelegateContract(reads = {TITLE}, writes = {WORKING_GROUP, AGENCY_OPTIONS, CONCERNED_AGENCIES, PROGRAMME_NAME})
    static class Prepare implements JavaDelegate {
        private final NetworkDirectory directory;
        private final YhProperties properties;

        Prepare(NetworkDirectory directory, YhProperties properties) {
            this.directory = directory;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String group = properties.defaultWorkingGroup();
            if (directory.workingGroups().stream().map(WorkingGroup::id).noneMatch(group::equals)) {
                throw new IllegalStateException("network.yh.default-working-group '" + group
                        + "' is not a working group of the directory " + directory.workingGroups().stream()
                        .map(WorkingGroup::id).toList());
            }
            List<Map<String, String>> options = new ArrayList<>();
            for (Agency agency : directory.agencies()) {
                options.add(Map.of("label", agency.name(), "value", agency.code()));
            }
            List<String> proposed = ProcessJson.strings(execution.getVariable(CO_FUNDING_AGENCIES)).stream()
                    .filter(code -> directory.agency(code).isPresent()).toList();
            execution.setVariable(WORKING_GROUP, group);
            execution.setVariable(AGENCY_OPTIONS, ProcessJson.options(options));
            execution.setVariable(CONCERNED_AGENCIES, ProcessJson.list(proposed));
            execution.setVariable(PROGRAMME_NAME, execution.getVariable(TITLE));
        }
    }

    /**
     * {@code ${requestYhLetters}}: the application and one pending letter of intent per concerned
     * agency are recorded; the deadline ({@code network.yh.letter-period}) and the reminder before it.
     */
    @Component("requestYhLetters")
    @DelegateContract(reads = {CONCERNED_AGENCIES, PROGRAMME_NAME, PROVIDER_NAME, PROVIDER_ORG_NUMBER},
            writes = {LETTER_AGENCIES, LETTER_DEADLINE_AT, LETTER_REMINDER_AT})
    static class RequestLetters implements JavaDelegate {
        private final YhApplications applications;
        private final YhProperties properties;

        RequestLetters(YhApplications applications, YhProperties properties) {
            this.applications = applications;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> agencies = ProcessJson.strings(execution.getVariable(CONCERNED_AGENCIES)).stream()
                    .distinct().sorted().toList();
            applications.open(execution.getProcessBusinessKey(), programme(execution), text(execution, PROVIDER_NAME),
                    text(execution, PROVIDER_ORG_NUMBER), agencies);
            LocalDate deadline = today().plus(properties.letterPeriod());
            Instant deadlineAt = deadline.atTime(LocalTime.of(23, 59)).atZone(SWEDEN).toInstant();
            execution.setVariable(LETTER_AGENCIES, ProcessJson.list(agencies));
            execution.setVariable(LETTER_DEADLINE_AT, Date.from(deadlineAt));
            execution.setVariable(LETTER_REMINDER_AT,
                    notBeforeNow(atMorning(deadline.minus(properties.letterReminderBefore())).toInstant()));
        }
    }

    /** {@code ${openYhLetter}} (task create): the agency's name in the task and its own, empty answer. */
    @Component("openYhLetter")
    @DelegateContract(reads = {AGENCY}, writes = {AGENCY_NAME, LETTER_ANSWER, HIRING_NEED, LIA_PLACES, REFERENCE_PERSON,
            LETTER_COMMENT})
    static class OpenLetter implements TaskListener {
        private final NetworkDirectory directory;

        OpenLetter(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void notify(DelegateTask task) {
            DelegateExecution agencyExecution = task.getExecution();
            String name = agencyName(directory, (String) agencyExecution.getVariableLocal(AGENCY));
            task.setName(task.getName() + " – " + name);
            agencyExecution.setVariableLocal(AGENCY_NAME, name);
            // each agency answers for itself: the form's values stay in the agency's execution
            for (String variable : List.of(LETTER_ANSWER, HIRING_NEED, LIA_PLACES, REFERENCE_PERSON, LETTER_COMMENT)) {
                agencyExecution.setVariableLocal(variable, null);
            }
        }
    }

    /** {@code ${recordYhLetter}} (task complete): the head's signature or decline into yh_letter_of_intent. */
    @Component("recordYhLetter")
    @DelegateContract(reads = {AGENCY, LETTER_ANSWER, HIRING_NEED, LIA_PLACES, REFERENCE_PERSON, LETTER_COMMENT})
    static class RecordLetter implements TaskListener {
        private final YhApplications applications;

        RecordLetter(YhApplications applications) {
            this.applications = applications;
        }

        @Override
        public void notify(DelegateTask task) {
            LetterOfIntent.Answer answer = LetterOfIntent.Answer.of(String.valueOf(task.getVariable(LETTER_ANSWER)));
            boolean signed = answer == LetterOfIntent.Answer.SIGNED;
            Object comment = task.getVariable(LETTER_COMMENT);
            applications.answer(task.getExecution().getProcessBusinessKey(),
                    (String) task.getExecution().getVariableLocal(AGENCY), answer,
                    signed ? number(task.getVariable(HIRING_NEED)) : 0, signed ? number(task.getVariable(LIA_PLACES)) : 0,
                    signed ? String.valueOf(task.getVariable(REFERENCE_PERSON)).trim() : null,
                    comment == null ? null : comment.toString(), answeredBy(task));
        }

        /** The head who completed the task (Tasklist and the REST API authenticate them), else its assignee. */
        private static String answeredBy(DelegateTask task) {
            Authentication current =
                    task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
        }

        private static int number(Object value) {
            return value instanceof Number n ? n.intValue() : 0;
        }
    }

    /** {@code ${remindYhLetters}}: the heads of the agencies that have not answered yet are reminded. */
    @Component("remindYhLetters")
    @DelegateContract(reads = {LETTER_DEADLINE_AT, PROGRAMME_NAME})
    static class RemindLetters implements JavaDelegate {
        private final YhApplications applications;
        private final Notifications notifications;
        private final Recipients recipients;

        RemindLetters(YhApplications applications, Notifications notifications, Recipients recipients) {
            this.applications = applications;
            this.notifications = notifications;
            this.recipients = recipients;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            Date deadline = (Date) execution.getVariable(LETTER_DEADLINE_AT);
            for (String agency : applications.pendingAgencies(key)) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("programmeName", programme(execution));
                model.put("reminderText", "Er myndighet har inte svarat på avsiktsförklaringen för YH-utbildningen \""
                        + programme(execution) + "\". Underteckna eller avböj i Tasklist; utan svar räknas myndigheten"
                        + " inte in i ansökans underlag.");
                model.put("dueDate", SWEDISH_DAY.format(deadline.toInstant().atZone(SWEDEN)));
                notifications.send(MailKind.YH_REMINDER, recipients.headsOf(agency), model, context(execution),
                        "yh:" + key + ":letter-reminder:" + agency, null);
            }
        }
    }

    /** {@code ${recordYhSilence}}: the deadline passed; every letter without an answer is recorded as silence. */
    @Component("recordYhSilence")
    @DelegateContract
    static class RecordSilence implements JavaDelegate {
        private final YhApplications applications;

        RecordSilence(YhApplications applications) {
            this.applications = applications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            applications.recordSilence(execution.getProcessBusinessKey());
        }
    }

    /** {@code ${compileYhSupport}}: the letters' figures, and whether they are enough ({@code network.yh.min-signed-letters}). */
    @Component("compileYhSupport")
    @DelegateContract(writes = {SIGNED_LETTERS, DECLINED_LETTERS, SILENT_LETTERS, TOTAL_HIRING_NEED, TOTAL_LIA_PLACES,
            SUPPORT_FIGURES, ENOUGH_SUPPORT})
    static class CompileSupport implements JavaDelegate {
        private final YhApplications applications;
        private final YhProperties properties;

        CompileSupport(YhApplications applications, YhProperties properties) {
            this.applications = applications;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Evidence evidence = applications.evidence(execution.getProcessBusinessKey());
            execution.setVariable(SIGNED_LETTERS, evidence.signedCount());
            execution.setVariable(DECLINED_LETTERS, evidence.declinedCount());
            execution.setVariable(SILENT_LETTERS, evidence.silentCount());
            execution.setVariable(TOTAL_HIRING_NEED, evidence.totalHiringNeed());
            execution.setVariable(TOTAL_LIA_PLACES, evidence.totalLiaPlaces());
            execution.setVariable(SUPPORT_FIGURES, evidence.figures());
            execution.setVariable(ENOUGH_SUPPORT, evidence.enoughSupport(properties.minSignedLetters()));
        }
    }

    /** {@code ${reportYhTooLittleSupport}}: the council and the coordinators get the figures; the case goes back. */
    @Component("reportYhTooLittleSupport")
    @DelegateContract(reads = {SUPPORT_FIGURES, PROGRAMME_NAME}, writes = {OUTCOME})
    static class ReportTooLittleSupport implements JavaDelegate {
        private final Notifications notifications;
        private final Recipients recipients;
        private final YhProperties properties;

        ReportTooLittleSupport(Notifications notifications, Recipients recipients, YhProperties properties) {
            this.notifications = notifications;
            this.recipients = recipients;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<Recipient> to = new ArrayList<>(recipients.group(Groups.EDUCATION_COUNCIL));
            to.addAll(recipients.group(Groups.NETWORK_COORDINATORS));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("programmeName", programme(execution));
            model.put("outcomeHeadline", "För lite stöd för YH-ansökan");
            model.put("outcomeText", "För få myndigheter undertecknade en avsiktsförklaring för YH-utbildningen \""
                    + programme(execution) + "\" (minst " + properties.minSignedLetters() + " behövs). Ärendet går"
                    + " tillbaka till utbildningsrådet.");
            model.put("supportFigures", execution.getVariable(SUPPORT_FIGURES));
            notifications.send(MailKind.YH_OUTCOME, to, model, context(execution),
                    "yh:" + execution.getProcessBusinessKey() + ":too-little-support", null);
            execution.setVariable(OUTCOME, OUTCOME_TOO_LITTLE_SUPPORT);
        }
    }

    /**
     * {@code ${prepareYhRound}}: the round the application goes into (configuration), the reminder
     * before it closes ({@code network.yh.round-reminder-before}) and where the evidence is downloaded.
     */
    @Component("prepareYhRound")
    @DelegateContract(writes = {ROUND_OPENS, ROUND_CLOSES, ROUND_REMINDER_AT, EVIDENCE_LINK, APPLICATION_ATTEMPT})
    static class PrepareRound implements JavaDelegate {
        private final YhProperties properties;

        PrepareRound(YhProperties properties) {
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            YhProperties.Round round = properties.applicationRound().current(today());
            Object attempt = execution.getVariable(APPLICATION_ATTEMPT);
            execution.setVariable(ROUND_OPENS, round.opens().toString());
            execution.setVariable(ROUND_CLOSES, round.closes().toString());
            execution.setVariable(ROUND_REMINDER_AT,
                    notBeforeNow(atMorning(round.closes().minus(properties.roundReminderBefore())).toInstant()));
            execution.setVariable(EVIDENCE_LINK, "/api/yh/" + execution.getProcessBusinessKey() + "/evidence");
            execution.setVariable(APPLICATION_ATTEMPT, attempt instanceof Number n ? n.intValue() + 1 : 1);
        }
    }

    /** {@code ${remindYhRound}}: the coordinators are reminded that the round closes and the provider must submit. */
    @Component("remindYhRound")
    @DelegateContract(reads = {ROUND_CLOSES, PROGRAMME_NAME, APPLICATION_ATTEMPT})
    static class RemindRound implements JavaDelegate {
        private final Notifications notifications;
        private final Recipients recipients;

        RemindRound(Notifications notifications, Recipients recipients) {
            this.notifications = notifications;
            this.recipients = recipients;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("programmeName", programme(execution));
            model.put("reminderText", "MYH:s ansökningsomgång stänger snart. Se till att utbildningsanordnaren lämnar in"
                    + " ansökan för \"" + programme(execution) + "\" med underlaget från nätverket, och bekräfta det i Tasklist.");
            model.put("dueDate", SWEDISH_DAY.format(LocalDate.parse(text(execution, ROUND_CLOSES))));
            notifications.send(MailKind.YH_REMINDER, recipients.group(Groups.NETWORK_COORDINATORS), model, context(execution),
                    "yh:" + execution.getProcessBusinessKey() + ":round-reminder:" + execution.getVariable(APPLICATION_ATTEMPT),
                    null);
        }
    }

    /**
     * {@code ${checkYhDecision}} (end of the message event): a decision sent over the REST API must say
     * approved or rejected; anything else is refused (HTTP 400) and nothing changes.
     */
    @Component("checkYhDecision")
    @DelegateContract(reads = {MYH_DECISION})
    static class CheckDecision implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            Object decision = execution.getVariable(MYH_DECISION);
            if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
                throw new BadUserRequestException("The message " + DECISION_MESSAGE + " needs the variable "
                        + MYH_DECISION + " = 'approved' or 'rejected', not " + (decision == null ? "none" : "'" + decision + "'"));
            }
        }
    }

    /**
     * {@code ${announceYhApproval}}: the decision recorded; each signing agency's heads asked to
     * prepare their LIA places; everyone told; the outcome for idea.
     */
    @Component("announceYhApproval")
    @DelegateContract(reads = {PROGRAMME_START, PROGRAMME_NAME, SUPPORT_FIGURES}, writes = {OUTCOME})
    static class AnnounceApproval implements JavaDelegate {
        private final YhApplications applications;
        private final Notifications notifications;
        private final Recipients recipients;

        AnnounceApproval(YhApplications applications, Notifications notifications, Recipients recipients) {
            this.applications = applications;
            this.notifications = notifications;
            this.recipients = recipients;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            applications.decide(key, APPROVED, null);
            String start = SWEDISH_DAY.format(LocalDate.parse(text(execution, PROGRAMME_START).substring(0, 10)));
            Evidence evidence = applications.evidence(key);
            for (LetterOfIntent letter : evidence.signedLetters()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("programmeName", programme(execution));
                model.put("programmeStart", start);
                model.put("agencyName", letter.agencyName());
                model.put("liaPlaces", letter.liaPlaces());
                notifications.send(MailKind.YH_LIA_PLACES, recipients.headsOf(letter.agency()), model, context(execution),
                        "yh:" + key + ":lia-places:" + letter.agency(), null);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("programmeName", programme(execution));
            model.put("outcomeHeadline", "YH-utbildningen beviljad");
            model.put("outcomeText", "MYH har beviljat YH-utbildningen \"" + programme(execution) + "\". Den startar "
                    + start + ". Myndigheterna som undertecknade avsiktsförklaringar förbereder sina "
                    + evidence.totalLiaPlaces() + " LIA-platser.");
            model.put("supportFigures", execution.getVariable(SUPPORT_FIGURES));
            notifications.send(MailKind.YH_OUTCOME, everyone(recipients, execution, applications.concernedAgencies(key)),
                    model, context(execution), "yh:" + key + ":approved", null);
            execution.setVariable(OUTCOME, OUTCOME_APPROVED);
        }
    }

    /**
     * {@code ${announceYhRejection}}: the decision and lessons recorded, everyone told; with a new
     * attempt, when the next round opens.
     */
    @Component("announceYhRejection")
    @DelegateContract(reads = {LESSONS_LEARNED, TRY_AGAIN, PROGRAMME_NAME, APPLICATION_ATTEMPT},
            writes = {OUTCOME, NEXT_ROUND_OPENS_AT})
    static class AnnounceRejection implements JavaDelegate {
        private final YhApplications applications;
        private final Notifications notifications;
        private final Recipients recipients;
        private final YhProperties properties;

        AnnounceRejection(YhApplications applications, Notifications notifications, Recipients recipients,
                YhProperties properties) {
            this.applications = applications;
            this.notifications = notifications;
            this.recipients = recipients;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            applications.decide(key, REJECTED, text(execution, LESSONS_LEARNED));
            boolean again = YES.equals(execution.getVariable(TRY_AGAIN));
            StringBuilder text = new StringBuilder("MYH har avslagit ansökan om YH-utbildningen \"")
                    .append(programme(execution)).append("\".");
            if (again) {
                LocalDate opens = properties.applicationRound().next(today()).opens();
                execution.setVariable(NEXT_ROUND_OPENS_AT, atMorning(opens));
                text.append(" Nätverket gör ett nytt försök i nästa ansökningsomgång, som öppnar ")
                        .append(SWEDISH_DAY.format(opens)).append('.');
            } else {
                execution.setVariable(NEXT_ROUND_OPENS_AT, null);
                text.append(" Nätverket gör inget nytt försök.");
            }
            text.append(" Lärdomar: ").append(text(execution, LESSONS_LEARNED));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("programmeName", programme(execution));
            model.put("outcomeHeadline", "YH-ansökan avslogs");
            model.put("outcomeText", text.toString());
            notifications.send(MailKind.YH_OUTCOME, everyone(recipients, execution, applications.concernedAgencies(key)),
                    model, context(execution), "yh:" + key + ":rejected:" + execution.getVariable(APPLICATION_ATTEMPT), null);
            execution.setVariable(OUTCOME, OUTCOME_REJECTED);
        }
    }
}
