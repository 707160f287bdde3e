package se.agencynetwork.delivery;

import static se.agencynetwork.delivery.DeliveryVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.agencynetwork.costsharing.CostSharingErrors;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.forms.FormValidator;
import se.agencynetwork.process.ProcessJson;
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
        JsonNode json = ProcessJson.toJson(value);
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
    @DelegateContract(reads = {TITLE, CO_FUNDING_AGENCIES},
            writes = {COURSE_TITLE, INTEREST_BY_AGENCY, AGENCY_OPTIONS, MINIMUM_PARTICIPANTS})
    static class Prepare implements JavaDelegate {
        private final IdeaRepository ideas;
        private final NetworkDirectory directory;
        private final DeliveryProperties properties;

        Prepare(IdeaRepository ideas, NetworkDirectory directory, DeliveryProperties properties) {
            this.ideas = ideas;
            this.directory = directory;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Long> interest = new TreeMap<>();
            ideas.answers(execution.getProcessBusinessKey()).stream()
                    .filter(a -> a.participants() > 0)
                    .forEach(a -> interest.put(a.agencyCode(), (long) a.participants()));
            if (interest.isEmpty()) { // no interest round recorded: one seat each co-funder
                ProcessJson.strings(execution.getVariable(CO_FUNDING_AGENCIES)).forEach(code -> interest.put(code, 1L));
            }
            List<Map<String, String>> options = new ArrayList<>();
            for (Agency agency : directory.agencies()) {
                options.add(Map.of("label", agency.name(), "value", agency.code()));
            }
            execution.setVariable(COURSE_TITLE, execution.getVariable(TITLE));
            execution.setVariable(INTEREST_BY_AGENCY, json(interest));
            execution.setVariable(AGENCY_OPTIONS, ProcessJson.options(options));
            // the plan form shows the network's usual minimum; the administrator may set another
            execution.setVariable(MINIMUM_PARTICIPANTS, (long) properties.minimumParticipants());
        }
    }

    /**
     * {@code ${allocateCourseSeats}}: seats per agency in proportion to interest, within the
     * capacity; every interested agency registers (one without a seat can still list reserves for
     * the waiting list), until the end of the closing day.
     */
    @Component("allocateCourseSeats")
    @DelegateContract(reads = {CAPACITY, INTEREST_BY_AGENCY, REGISTRATION_CLOSES},
            writes = {SEATS_BY_AGENCY, REGISTRATION_AGENCIES, REGISTRATION_CLOSES_AT})
    static class AllocateSeats implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            long capacity = ((Number) execution.getVariable(CAPACITY)).longValue();
            Map<String, Long> interest = longMap(execution.getVariable(INTEREST_BY_AGENCY));
            Map<String, Long> seats = Seats.allocate(capacity, interest);
            List<String> agencies = interest.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
            LocalDate closes = day(execution.getVariable(REGISTRATION_CLOSES));
            execution.setVariable(SEATS_BY_AGENCY, json(seats));
            execution.setVariable(REGISTRATION_AGENCIES, ProcessJson.list(agencies));
            execution.setVariable(REGISTRATION_CLOSES_AT, closes.plusDays(1).atStartOfDay().toString());
        }
    }

    /** A date from a form's date field ({@code 2026-05-11}, possibly with a time part). */
    static LocalDate day(Object value) {
        String text = String.valueOf(value);
        return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    }

    /** {@code ${openCourseRegistration}} (task create): the agency's name and seats, local to its registration. */
    @Component("openCourseRegistration")
    @DelegateContract(reads = {AGENCY, SEATS_BY_AGENCY, INTEREST_BY_AGENCY},
            writes = {AGENCY_NAME, AGENCY_SEATS, AGENCY_INTEREST, PARTICIPANTS, RESERVES})
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
            agencyExecution.setVariableLocal(AGENCY_INTEREST,
                    longMap(task.getVariable(INTEREST_BY_AGENCY)).getOrDefault(agency, 0L));
            agencyExecution.setVariableLocal(PARTICIPANTS, null);
            agencyExecution.setVariableLocal(RESERVES, null);
        }
    }

    /** {@code ${recordCourseRegistration}} (task complete): the agency's participants and reserves into course_participant. */
    @Component("recordCourseRegistration")
    @DelegateContract(reads = {AGENCY, PARTICIPANTS, RESERVES})
    static class RecordRegistration implements TaskListener {
        private final CourseParticipants participants;

        RecordRegistration(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public void notify(DelegateTask task) {
            String agency = (String) task.getExecution().getVariableLocal(AGENCY);
            participants.register(task.getExecution().getProcessBusinessKey(), agency,
                    people(agency, task.getVariable(PARTICIPANTS)), people(agency, task.getVariable(RESERVES)),
                    task.getAssignee());
        }

        private static List<CourseParticipants.Participant> people(String agency, Object list) {
            List<CourseParticipants.Participant> people = new ArrayList<>();
            for (JsonNode row : elements(list)) {
                if (row.hasNonNull("email")) {
                    String title = row.hasNonNull("title") ? row.path("title").asText().trim() : "";
                    people.add(new CourseParticipants.Participant(agency, row.path("name").asText().trim(),
                            row.path("email").asText().trim(), title.isEmpty() ? null : title));
                }
            }
            return people;
        }
    }

    /** {@code ${compileCourseRegistrations}}: seats taken, seats left unused and reserves waiting. */
    @Component("compileCourseRegistrations")
    @DelegateContract(reads = {CAPACITY}, writes = {REGISTERED_COUNT, UNUSED_SEATS, RESERVE_COUNT})
    static class CompileRegistrations implements JavaDelegate {
        private final CourseParticipants participants;

        CompileRegistrations(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            long capacity = ((Number) execution.getVariable(CAPACITY)).longValue();
            long registered = participants.of(key).size();
            execution.setVariable(REGISTERED_COUNT, registered);
            execution.setVariable(UNUSED_SEATS, Math.max(0, capacity - registered));
            execution.setVariable(RESERVE_COUNT, (long) participants.reserves(key).size());
        }
    }

    /**
     * {@code ${offerUnusedSeats}}: the seats left unused go to the reserves, shared between the
     * agencies in proportion to their reserves with the same exact rounding as the first
     * allocation, each agency's reserves in the order it listed them.
     */
    @Component("offerUnusedSeats")
    @DelegateContract(reads = {UNUSED_SEATS}, writes = {PROMOTED_COUNT, REGISTERED_COUNT, UNUSED_SEATS, RESERVE_COUNT})
    static class OfferUnusedSeats implements JavaDelegate {
        private final CourseParticipants participants;

        OfferUnusedSeats(CourseParticipants participants) {
            this.participants = participants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            long unused = ((Number) execution.getVariable(UNUSED_SEATS)).longValue();
            Map<String, List<CourseParticipants.Participant>> waiting = new TreeMap<>();
            participants.reserves(key).forEach(p -> waiting.computeIfAbsent(p.agency(), a -> new ArrayList<>()).add(p));
            Map<String, Long> demand = new TreeMap<>();
            waiting.forEach((agency, reserves) -> demand.put(agency, (long) reserves.size()));
            long promoted = 0;
            for (Map.Entry<String, Long> grant : Seats.allocate(unused, demand).entrySet()) {
                List<CourseParticipants.Participant> reserves = waiting.get(grant.getKey());
                for (int i = 0; i < grant.getValue(); i++) {
                    participants.promote(key, reserves.get(i).email());
                    promoted++;
                }
            }
            long registered = participants.of(key).size();
            execution.setVariable(PROMOTED_COUNT, promoted);
            execution.setVariable(REGISTERED_COUNT, registered);
            execution.setVariable(UNUSED_SEATS, unused - promoted);
            execution.setVariable(RESERVE_COUNT, (long) participants.reserves(key).size());
        }
    }

    /**
     * {@code ${cancelCourse}}: the council cancelled the occasion: everyone on the lists, the
     * agencies' training coordinators and heads are told; nothing is charged (no final
     * allocation is booked) and the lists are removed.
     */
    @Component("cancelCourse")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, REGISTRATION_AGENCIES, DECISION_REASON},
            writes = {OUTCOME})
    static class CancelCourse implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;
        private final Recipients recipients;

        CancelCourse(CourseParticipants participants, Notifications notifications, Recipients recipients) {
            this.participants = participants;
            this.notifications = notifications;
            this.recipients = recipients;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseTitle", execution.getVariable(COURSE_TITLE));
            model.put("courseStart", Invitations.swedishPeriod(day(execution.getVariable(COURSE_START)),
                    day(execution.getVariable(COURSE_END))));
            model.put("reason", execution.getVariable(DECISION_REASON));
            List<Recipient> to = new ArrayList<>(); // Notifications writes one mail per distinct recipient
            participants.everyone(key).forEach(p -> to.add(Recipient.address(p.email())));
            for (String code : ProcessJson.strings(execution.getVariable(REGISTRATION_AGENCIES))) {
                to.addAll(recipients.trainingCoordinatorsOf(code));
                to.addAll(recipients.headsOf(code));
            }
            notifications.send(MailKind.COURSE_CANCELLED, to, model, MailContext.of(execution.getProcessInstanceId(), key),
                    "course:" + key + ":cancelled", null);
            participants.removeAll(key);
            execution.setVariable(OUTCOME, CANCELLED);
        }
    }

    /**
     * The occasion as the participants are told it: dates, venue, trainer, and the calendar
     * invitation with the given SEQUENCE (a higher one replaces the earlier in their calendars).
     */
    record Occasion(String courseKey, String title, LocalDate start, LocalDate end, String venue, String trainer) {

        static Occasion of(DelegateExecution execution, NetworkDirectory directory) {
            Object address = execution.getVariable(VENUE_ADDRESS);
            String venue = agencyName(directory, String.valueOf(execution.getVariable(VENUE_AGENCY)))
                    + (address == null || address.toString().isBlank() ? "" : ", " + address);
            return new Occasion(execution.getProcessBusinessKey(), String.valueOf(execution.getVariable(COURSE_TITLE)),
                    day(execution.getVariable(COURSE_START)), day(execution.getVariable(COURSE_END)), venue,
                    (String) execution.getVariable(TRAINER));
        }

        /** What the participants were told, to compare with a changed occasion. */
        static String announced(Object start, Object end, Object venueAgency, Object venueAddress) {
            return day(start) + "|" + day(end) + "|" + venueAgency + "|"
                    + (venueAddress == null ? "" : venueAddress.toString().trim());
        }

        String calendar(int sequence) {
            return Invitations.calendar(courseKey, title, start, end, venue, trainer, sequence);
        }

        Map<String, Object> model() {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseTitle", title);
            model.put("courseStart", Invitations.swedishPeriod(start, end));
            model.put("courseVenue", venue);
            model.put("courseInformation", trainer == null ? null : "Utbildare: " + trainer);
            return model;
        }

        /** Records what was announced: the reminder's and the course start's times, the venue, the SEQUENCE. */
        void announce(DelegateExecution execution, int sequence, DeliveryProperties properties) {
            execution.setVariable(COURSE_VENUE, venue);
            // the reminder goes out at 08:00 the configured time before the first day (at once if that has passed)
            execution.setVariable(REMINDER_AT, start.minus(properties.reminderBefore()).atTime(8, 0).toString());
            execution.setVariable(COURSE_STARTS_AT, start.atStartOfDay().toString());
            execution.setVariable(ANNOUNCED_OCCASION, announced(execution.getVariable(COURSE_START),
                    execution.getVariable(COURSE_END), execution.getVariable(VENUE_AGENCY), execution.getVariable(VENUE_ADDRESS)));
            execution.setVariable(INVITATION_SEQUENCE, sequence);
        }
    }

    /** {@code ${sendCourseInvitations}}: a mail with an iCalendar invitation to every registered participant. */
    @Component("sendCourseInvitations")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER},
            writes = {PARTICIPANT_OPTIONS, PARTICIPANT_COUNT, REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT,
                    ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
    static class SendInvitations implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;
        private final NetworkDirectory directory;
        private final DeliveryProperties properties;

        SendInvitations(CourseParticipants participants, Notifications notifications, NetworkDirectory directory,
                DeliveryProperties properties) {
            this.participants = participants;
            this.notifications = notifications;
            this.directory = directory;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            Occasion occasion = Occasion.of(execution, directory);
            MailAttachment ics = MailAttachment.calendar(occasion.calendar(0));
            List<Map<String, String>> options = new ArrayList<>();
            for (CourseParticipants.Participant p : participants.of(key)) {
                notifications.send(MailKind.COURSE_INVITATION, List.of(Recipient.address(p.email())), occasion.model(),
                        MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:0", ics);
                options.add(Map.of("label", p.name() + " (" + agencyName(directory, p.agency()) + ")", "value", p.email()));
            }
            participants.setCourseEnd(key, occasion.end());
            execution.setVariable(PARTICIPANT_OPTIONS, ProcessJson.options(options));
            execution.setVariable(PARTICIPANT_COUNT, options.size());
            occasion.announce(execution, 0, properties);
        }
    }

    /**
     * {@code ${sendCourseUpdate}}: the date or venue changed: every participant gets an updated
     * invitation whose calendar entry (same UID, next SEQUENCE) replaces the earlier one.
     */
    @Component("sendCourseUpdate")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, VENUE_AGENCY, VENUE_ADDRESS, TRAINER,
            INVITATION_SEQUENCE, CHANGE_REASON},
            writes = {REMINDER_AT, COURSE_VENUE, COURSE_STARTS_AT, ANNOUNCED_OCCASION, INVITATION_SEQUENCE})
    static class SendUpdate implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;
        private final NetworkDirectory directory;
        private final DeliveryProperties properties;

        SendUpdate(CourseParticipants participants, Notifications notifications, NetworkDirectory directory,
                DeliveryProperties properties) {
            this.participants = participants;
            this.notifications = notifications;
            this.directory = directory;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            int sequence = ((Number) execution.getVariable(INVITATION_SEQUENCE)).intValue() + 1;
            Occasion occasion = Occasion.of(execution, directory);
            Map<String, Object> model = occasion.model();
            model.put("changeReason", execution.getVariable(CHANGE_REASON));
            MailAttachment ics = MailAttachment.calendar(occasion.calendar(sequence));
            for (CourseParticipants.Participant p : participants.of(key)) {
                notifications.send(MailKind.COURSE_UPDATE, List.of(Recipient.address(p.email())), model,
                        MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":invitation:" + sequence, ics);
            }
            participants.setCourseEnd(key, occasion.end());
            occasion.announce(execution, sequence, properties);
        }
    }

    /** {@code ${sendCourseReminders}}: a reminder to every registered participant before the first day. */
    @Component("sendCourseReminders")
    @DelegateContract(reads = {COURSE_TITLE, COURSE_START, COURSE_END, COURSE_VENUE})
    static class SendReminders implements JavaDelegate {
        private final CourseParticipants participants;
        private final Notifications notifications;

        SendReminders(CourseParticipants participants, Notifications notifications) {
            this.participants = participants;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            LocalDate start = day(execution.getVariable(COURSE_START));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseTitle", execution.getVariable(COURSE_TITLE));
            model.put("courseStart", Invitations.swedishPeriod(start, day(execution.getVariable(COURSE_END))));
            model.put("courseVenue", execution.getVariable(COURSE_VENUE));
            // one reminder per first day: a later change of venue only does not remind twice, a new date does
            for (CourseParticipants.Participant p : participants.of(key)) {
                notifications.send(MailKind.COURSE_REMINDER, List.of(Recipient.address(p.email())), model,
                        MailContext.of(execution.getProcessInstanceId(), key), "course:" + key + ":reminder:" + start, null);
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
                    CostSharingVariables.ALLOCATION_ID, CostSharingVariables.SHARES_BY_AGENCY},
            errors = CostSharingErrors.INVALID)
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
            execution.setVariable(CostSharingVariables.PARTICIPANTS_BY_AGENCY, ProcessJson.map(seats));
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
