package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.AllocationKind;
import se.agencynetwork.costsharing.AllocationStatus;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.costsharing.Kronor;
import se.agencynetwork.costsharing.Seats;
import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.forms.DelegateContract;
import se.agencynetwork.forms.FormValidator;
import se.agencynetwork.idea.IdeaRepository;
import se.agencynetwork.notification.MailAttachment;
import se.agencynetwork.notification.MailContext;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;

/** The automatic steps of course-delivery; each is a thin bean around the directory, tables and services. */
final class DeliverySteps {

    static final ObjectMapper JSON = new ObjectMapper();

    private DeliverySteps() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> longMap(Object json) {
        try {
            return JSON.readValue(json.toString(), new TypeReference<TreeMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON object of numbers: " + json, e);
        }
    }

    /**
     * The elements of a list variable however it was submitted: a Java list (the Java API), or Spin
     * JSON - what Tasklist and the REST API send for a Camunda Form's dynamic list and checklist.
     */
    static List<JsonNode> elements(Object value) {
        JsonNode json = FormValidator.toJson(value);
        List<JsonNode> elements = new ArrayList<>();
        if (json != null && json.isArray()) {
            json.forEach(elements::add);
        }
        return elements;
    }

    static String agencyName(NetworkDirectory directory, String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }

    /** {@code ${prepareCourseDelivery}}: the course's title, each agency's interest, the venue choices. */
    @Component("prepareCourseDelivery")
    @DelegateContract(reads = {TITLE, CO_FUNDING_AGENCIES}, writes = {COURSE_TITLE, INTEREST_BY_AGENCY, AGENCY_OPTIONS})
    static class Prepare implements JavaDelegate {
        private final IdeaRepository ideas;
        private final NetworkDirectory directory;

        Prepare(IdeaRepository ideas, NetworkDirectory directory) {
            this.ideas = ideas;
            this.directory = directory;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Long> interest = new TreeMap<>();
            ideas.answers(execution.getProcessBusinessKey()).stream()
                    .filter(a -> a.participants() > 0)
                    .forEach(a -> interest.put(a.agencyCode(), (long) a.participants()));
            Object coFunding = execution.getVariable(CO_FUNDING_AGENCIES);
            if (interest.isEmpty() && coFunding instanceof Collection<?> agencies) {
                agencies.forEach(code -> interest.put(code.toString(), 1L)); // no interest round recorded: one seat each
            }
            List<Map<String, String>> options = new ArrayList<>();
            for (Agency agency : directory.agencies()) {
                options.add(Map.of("label", agency.name(), "value", agency.code()));
            }
            execution.setVariable(COURSE_TITLE, execution.getVariable(TITLE));
            execution.setVariable(INTEREST_BY_AGENCY, json(interest));
            execution.setVariable(AGENCY_OPTIONS, options);
        }
    }

    /** {@code ${allocateCourseSeats}}: seats per agency in proportion to interest, within the capacity. */
    @Component("allocateCourseSeats")
    @DelegateContract(reads = {CAPACITY, INTEREST_BY_AGENCY}, writes = {SEATS_BY_AGENCY, REGISTRATION_AGENCIES})
    static class AllocateSeats implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            long capacity = ((Number) execution.getVariable(CAPACITY)).longValue();
            Map<String, Long> seats = Seats.allocate(capacity, longMap(execution.getVariable(INTEREST_BY_AGENCY)));
            List<String> agencies = seats.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
            execution.setVariable(SEATS_BY_AGENCY, json(seats));
            execution.setVariable(REGISTRATION_AGENCIES, new ArrayList<>(agencies));
        }
    }

    /** {@code ${openCourseRegistration}} (task create): the agency's name and seats, local to its registration. */
    @Component("openCourseRegistration")
    @DelegateContract(reads = {AGENCY, SEATS_BY_AGENCY}, writes = {AGENCY_NAME, AGENCY_SEATS, PARTICIPANTS})
    static class OpenRegistration implements TaskListener {
        private final NetworkDirectory directory;

        OpenRegistration(NetworkDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void notify(DelegateTask task) {
            DelegateExecution agencyExecution = task.getExecution();
            String agency = (String) agencyExecution.getVariableLocal(AGENCY);
            String name = agencyName(directory, agency);
            task.setName(task.getName() + " – " + name);
            agencyExecution.setVariableLocal(AGENCY_NAME, name);
            agencyExecution.setVariableLocal(AGENCY_SEATS, longMap(task.getVariable(SEATS_BY_AGENCY)).getOrDefault(agency, 0L));
            agencyExecution.setVariableLocal(PARTICIPANTS, null);
        }
    }

    /** {@code ${recordCourseRegistration}} (task complete): the agency's participants into course_participant. */
    @Component("recordCourseRegistration")
    @DelegateContract(reads = {AGENCY, PARTICIPANTS})
    static class RecordRegistration implements TaskListener {
        private final CourseParticipants participants;

        RecordRegistration(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public void notify(DelegateTask task) {
            String agency = (String) task.getExecution().getVariableLocal(AGENCY);
            List<CourseParticipants.Participant> registered = new ArrayList<>();
            for (JsonNode row : elements(task.getVariable(PARTICIPANTS))) {
                if (row.hasNonNull("email")) {
                    registered.add(new CourseParticipants.Participant(agency, row.path("name").asText(),
                            row.path("email").asText().trim(), row.hasNonNull("title") ? row.path("title").asText() : null));
                }
            }
            participants.register(task.getExecution().getProcessBusinessKey(), agency, registered, task.getAssignee());
        }
    }

    /** {@code ${sendCourseInvitations}}: a mail with an iCalendar invitation to every registered participant. */
    @Component("sendCourseInvitations")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER},
            writes = {PARTICIPANT_OPTIONS, PARTICIPANT_COUNT, REMINDER_AT, COURSE_VENUE})
    static class SendInvitations implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;
        private final Recipients recipients;
        private final NetworkDirectory directory;
        private final DeliveryProperties properties;

        SendInvitations(CourseParticipants participants, Notifications notifications, Recipients recipients,
                NetworkDirectory directory, DeliveryProperties properties) {
            this.participants = participants;
            this.notifications = notifications;
            this.recipients = recipients;
            this.directory = directory;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            String title = String.valueOf(execution.getVariable(COURSE_TITLE));
            LocalDate start = LocalDate.parse(String.valueOf(execution.getVariable(COURSE_START)));
            LocalDate end = LocalDate.parse(String.valueOf(execution.getVariable(COURSE_END)));
            String venue = agencyName(directory, String.valueOf(execution.getVariable(VENUE_AGENCY)))
                    + (execution.getVariable(VENUE_ADDRESS) == null ? "" : ", " + execution.getVariable(VENUE_ADDRESS));
            String ics = Invitations.calendar(key, title, start, end, venue, (String) execution.getVariable(TRAINER), 0);
            List<Map<String, String>> options = new ArrayList<>();
            for (CourseParticipants.Participant p : participants.of(key)) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("courseTitle", title);
                model.put("courseStart", Invitations.swedishPeriod(start, end));
                model.put("courseVenue", venue);
                model.put("courseInformation", execution.getVariable(TRAINER) == null ? null
                        : "Utbildare: " + execution.getVariable(TRAINER));
                List<Recipient> to = recipients.resolve("mail:" + p.email());
                notifications.send(MailKind.COURSE_INVITATION, to, model,
                        MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:0",
                        MailAttachment.calendar(ics));
                options.add(Map.of("label", p.name() + " (" + agencyName(directory, p.agency()) + ")", "value", p.email()));
            }
            execution.setVariable(PARTICIPANT_OPTIONS, options);
            execution.setVariable(PARTICIPANT_COUNT, options.size());
            execution.setVariable(COURSE_VENUE, venue);
            // the reminder goes out at 08:00 the configured time before the first day (at once if that has passed)
            execution.setVariable(REMINDER_AT, start.minus(properties.reminderBefore()).atTime(8, 0).toString());
        }
    }

    /** {@code ${sendCourseReminders}}: a reminder to every registered participant before the first day. */
    @Component("sendCourseReminders")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, COURSE_VENUE})
    static class SendReminders implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;
        private final Recipients recipients;

        SendReminders(CourseParticipants participants, Notifications notifications, Recipients recipients) {
            this.participants = participants;
            this.notifications = notifications;
            this.recipients = recipients;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseTitle", execution.getVariable(COURSE_TITLE));
            model.put("courseStart", Invitations.swedishPeriod(LocalDate.parse(String.valueOf(execution.getVariable(COURSE_START))),
                    LocalDate.parse(String.valueOf(execution.getVariable(COURSE_END)))));
            model.put("courseVenue", execution.getVariable(COURSE_VENUE));
            for (CourseParticipants.Participant p : participants.of(key)) {
                notifications.send(MailKind.COURSE_REMINDER, recipients.resolve("mail:" + p.email()), model,
                        MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":reminder", null);
            }
        }
    }

    /**
     * {@code ${bookCourseCosts}}: the final cost allocation on the registered seats (a no-show pays
     * the seat) through the cost-sharing ledger, and each agency's heads told their share.
     */
    @Component("bookCourseCosts")
    @DelegateContract(reads = {CONTRACT_PRICE, ESTIMATED_COST, COST_KEY, COURSE_TITLE},
            writes = {CostSharingVariables.TOTAL_COST, CostSharingVariables.PARTICIPANTS_BY_AGENCY,
                    CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY})
    static class BookCosts implements JavaDelegate {
        private final JavaDelegate finalCostAllocation;
        private final CourseParticipants participants;
        private final CostLedger ledger;
        private final Notifications notifications;
        private final Recipients recipients;
        private final NetworkDirectory directory;

        BookCosts(@Qualifier("finalCostAllocation") JavaDelegate finalCostAllocation, CourseParticipants participants,
                CostLedger ledger, Notifications notifications, Recipients recipients, NetworkDirectory directory) {
            this.finalCostAllocation = finalCostAllocation;
            this.participants = participants;
            this.ledger = ledger;
            this.notifications = notifications;
            this.recipients = recipients;
            this.directory = directory;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            String key = execution.getProcessBusinessKey();
            Map<String, Long> seats = new TreeMap<>();
            participants.of(key).forEach(p -> seats.merge(p.agency(), 1L, Long::sum));
            Object price = execution.getVariable(CONTRACT_PRICE) != null
                    ? execution.getVariable(CONTRACT_PRICE) : execution.getVariable(ESTIMATED_COST);
            execution.setVariable(CostSharingVariables.TOTAL_COST, new BigDecimal(String.valueOf(price)).setScale(2).toPlainString());
            execution.setVariable(CostSharingVariables.PARTICIPANTS_BY_AGENCY, new LinkedHashMap<>(seats));
            execution.setVariable(CostSharingVariables.COST_KEY, CostKey.fromIdea(execution.getVariable(COST_KEY)).name());
            finalCostAllocation.execute(execution);

            BookedAllocation allocation = ledger.forActivity(key).stream()
                    .filter(a -> a.kind() == AllocationKind.FINAL && a.status() != AllocationStatus.SUPERSEDED)
                    .max(java.util.Comparator.comparingInt(BookedAllocation::version))
                    .orElseThrow(() -> new IllegalStateException("no final allocation for " + key));
            for (BookedAllocation.Line line : allocation.lines()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("activityTitle", execution.getVariable(COURSE_TITLE));
                model.put("agencyName", agencyName(directory, line.agency()));
                model.put("shareAmount", Kronor.format(line.share()));
                model.put("totalAmount", Kronor.format(allocation.total()));
                model.put("costKey", allocation.key().swedishName());
                notifications.send(MailKind.COST_SHARE, recipients.headsOf(line.agency()), model,
                        MailContext.of(execution.getProcessInstanceId(), key),
                        "course:" + allocation.id() + ":" + line.agency(), null);
            }
        }
    }

    /** {@code ${prepareCourseEvaluation}}: who attended, handed to course-evaluation; the delivery's outcome. */
    @Component("prepareCourseEvaluation")
    @DelegateContract(reads = {ATTENDED, COURSE_END}, writes = {COURSE_KEY, COURSE_END_DATE, PARTICIPANTS_JSON, OUTCOME})
    static class PrepareEvaluation implements JavaDelegate {
        private final CourseParticipants participants;

        PrepareEvaluation(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            Set<String> attended = new HashSet<>();
            elements(execution.getVariable(ATTENDED)).forEach(email -> attended.add(email.asText()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (CourseParticipants.Participant p : participants.of(key)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", p.name());
                row.put("email", p.email());
                row.put("agency", p.agency());
                row.put("attended", attended.contains(p.email()));
                list.add(row);
            }
            execution.setVariable(COURSE_KEY, key);
            execution.setVariable(COURSE_END_DATE, String.valueOf(execution.getVariable(COURSE_END)));
            execution.setVariable(PARTICIPANTS_JSON, json(list));
            execution.setVariable(OUTCOME, DELIVERED);
        }
    }
}
