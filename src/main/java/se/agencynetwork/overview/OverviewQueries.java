package se.agencynetwork.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.SwedishOrder;
import se.agencynetwork.survey.QuestionnaireResults;
import se.agencynetwork.survey.Surveys;
import se.agencynetwork.overview.Overview.AgencyMoney;
import se.agencynetwork.overview.Overview.AgencySeats;
import se.agencynetwork.overview.Overview.Attendance;
import se.agencynetwork.overview.Overview.ComingCourse;
import se.agencynetwork.overview.Overview.CourseOutcome;
import se.agencynetwork.overview.Overview.IdeaLine;
import se.agencynetwork.overview.Overview.InterestRound;
import se.agencynetwork.overview.Overview.MentorshipLine;
import se.agencynetwork.overview.Overview.OpenTask;
import se.agencynetwork.overview.Overview.ProcurementDate;
import se.agencynetwork.overview.Overview.Quarter;
import se.agencynetwork.overview.Overview.RecruitmentLine;
import se.agencynetwork.overview.Overview.ReviewYear;
import se.agencynetwork.overview.Overview.Stage;
import se.agencynetwork.overview.Overview.StageName;
import se.agencynetwork.overview.Overview.YhLine;

/**
 * The one place the overview reads from: SQL on the engine's history and runtime tables
 * ({@code ACT_HI_*}, {@code ACT_RU_*}) and on the application's own tables, read at the moment the
 * page is asked for. Nothing is copied or cached, so the page cannot drift from the processes.
 *
 * <p>All instances of one case share the idea's business key ({@code IDEA-2026-0042}): the called
 * {@code procurement}, {@code course-delivery}, {@code yh-application} and {@code course-evaluation}
 * get it passed on, and the cost ledger books under it. "Today" is the engine's clock.
 */
@Repository
public class OverviewQueries {

    static final int MINIMUM_ANSWERS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The element whose reaching (or, for tasks, completing) puts an idea at a stage. */
    private static final Map<String, StageName> STAGE_ELEMENTS = Map.of(
            "UserTask_ScreenIdea", StageName.SCREENED,
            "UserTask_StateInterest", StageName.INTEREST_ROUND,
            "UserTask_DecideIdea", StageName.DECIDED,
            "CallActivity_Procurement", StageName.IN_PROCUREMENT,
            "CallActivity_CourseDelivery", StageName.IN_DELIVERY,
            "CallActivity_ProcuredCourseDelivery", StageName.IN_DELIVERY,
            "CallActivity_YhApplication", StageName.DECIDED);
    /** Tasks that count only once completed (the others count when reached). */
    private static final Set<String> COUNT_WHEN_COMPLETED = Set.of("UserTask_ScreenIdea", "UserTask_DecideIdea");

    private final NamedParameterJdbcTemplate jdbc;
    private final NetworkDirectory directory;
    private final Surveys surveys;

    OverviewQueries(NamedParameterJdbcTemplate jdbc, NetworkDirectory directory, Surveys surveys) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.surveys = surveys;
    }

    /** Today by the engine's clock, in Sweden. */
    public LocalDate today() {
        return NetworkTime.today();
    }

    /** The overview of a year for the whole network ({@code agency == null}) or one agency. */
    public Overview overview(int year, String agency) {
        LocalDate today = today();
        MapSqlParameterSource year_ = yearParams(year);
        List<IdeaLine> ideas = ideas(year_, agency);
        Map<StageName, Integer> reached = new EnumMap<>(StageName.class);
        for (IdeaLine idea : ideas) {
            for (StageName stage : StageName.values()) {
                if (stage.ordinal() <= idea.stage().ordinal()) {
                    reached.merge(stage, 1, Integer::sum);
                }
            }
        }
        List<Stage> funnel = new ArrayList<>();
        for (StageName stage : StageName.values()) {
            funnel.add(new Stage(stage, reached.getOrDefault(stage, 0)));
        }
        List<OpenTask> groupTasks = openGroupTasks(agency, today);
        List<AgencyMoney> money = money(year_, agency);
        AgencyMoney total = new AgencyMoney(null, "Totalt",
                money.stream().map(AgencyMoney::committed).reduce(Money.ZERO, Money::plus),
                money.stream().map(AgencyMoney::finalShare).reduce(Money.ZERO, Money::plus),
                money.stream().map(AgencyMoney::inKind).reduce(Money.ZERO, Money::plus));
        return new Overview(year, today, agency, agency == null ? null : agencyName(agency),
                funnel, ideas,
                interestRounds(agency, today),
                groupTasks.stream().filter(t -> APPROVALS.contains(t.element())).toList(),
                procurementDates(agency, today),
                groupTasks.stream().filter(t -> t.element().equals(REGISTRATION)).toList(),
                groupTasks.stream().filter(t -> t.element().equals(LETTER)).toList(),
                comingCourses(agency, today),
                pastCourses(year_, agency),
                money, total, quarters(year, agency),
                courseOutcomes(year_, agency),
                reviews(agency),
                yhApplications(agency),
                recruitmentActivities(agency),
                referrals(year_, agency),
                mentorships(agency),
                staffLoanEvaluations(year_, agency));
    }

    // ---- ideas and the funnel ----

    List<IdeaLine> ideas(MapSqlParameterSource year, String agency) {
        MapSqlParameterSource params = new MapSqlParameterSource(year.getValues()).addValue("agency", agency);
        String agencyFilter = agency == null ? "" : " and (exists (select 1 from ACT_HI_VARINST o where o.PROC_INST_ID_ = p.ID_"
                + " and o.NAME_ = 'originatingAgency' and o.TEXT_ = :agency) or p.BUSINESS_KEY_ in (select i.business_key"
                + " from idea_interest i where i.agency_code = :agency and (i.participants > 0 or i.co_funding = true)))";
        Map<String, String[]> instances = new LinkedHashMap<>(); // instance id -> business key, title, ended
        jdbc.query("select p.ID_, p.BUSINESS_KEY_, p.END_TIME_, (select max(v.TEXT_) from ACT_HI_VARINST v"
                + " where v.PROC_INST_ID_ = p.ID_ and v.EXECUTION_ID_ = p.ID_ and v.NAME_ = 'title') as title"
                + " from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'idea' and p.START_TIME_ >= :from and p.START_TIME_ < :to"
                + agencyFilter + " order by p.START_TIME_, p.BUSINESS_KEY_", params, rs -> {
                    instances.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(4),
                            rs.getTimestamp(3) == null ? null : "ended"});
                });
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, StageName> stage = new HashMap<>();
        jdbc.query("select a.PROC_INST_ID_, a.ACT_ID_, a.END_TIME_ from ACT_HI_ACTINST a join ACT_HI_PROCINST p"
                + " on p.ID_ = a.PROC_INST_ID_ where p.PROC_DEF_KEY_ = 'idea' and p.START_TIME_ >= :from"
                + " and p.START_TIME_ < :to and a.ACT_ID_ in (:elements)",
                new MapSqlParameterSource(year.getValues()).addValue("elements", STAGE_ELEMENTS.keySet()), rs -> {
                    String element = rs.getString(2);
                    if (COUNT_WHEN_COMPLETED.contains(element) && rs.getTimestamp(3) == null) {
                        return;
                    }
                    stage.merge(rs.getString(1), STAGE_ELEMENTS.get(element),
                            (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
                });
        Set<String> keys = new HashSet<>();
        instances.values().forEach(v -> keys.add(v[0]));
        Set<String> evaluated = new HashSet<>(jdbc.queryForList("select distinct BUSINESS_KEY_ from ACT_HI_PROCINST"
                + " where PROC_DEF_KEY_ = 'course-evaluation' and BUSINESS_KEY_ in (:keys)",
                Map.of("keys", keys), String.class));
        Map<String, String> outcomes = new HashMap<>();
        jdbc.query("select business_key, outcome from idea_outcome where business_key in (:keys)", Map.of("keys", keys),
                rs -> {
                    outcomes.put(rs.getString(1), rs.getString(2));
                });
        List<IdeaLine> lines = new ArrayList<>();
        instances.forEach((id, v) -> {
            StageName at = evaluated.contains(v[0]) ? StageName.EVALUATED : stage.getOrDefault(id, StageName.SUBMITTED);
            lines.add(new IdeaLine(v[0], v[1], at, outcomeLabel(outcomes.get(v[0])), v[2] == null));
        });
        return lines;
    }

    static String outcomeLabel(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "merged" -> "Sammanslagen med en annan idé";
            case "rejected" -> "Avslagen";
            default -> outcome;
        };
    }

    /** The ideas' titles by business key (the {@code title} of the idea instance). */
    Map<String, String> titles(Collection<String> keys) {
        Map<String, String> titles = new HashMap<>();
        if (keys.isEmpty()) {
            return titles;
        }
        jdbc.query("select p.BUSINESS_KEY_, max(v.TEXT_) from ACT_HI_PROCINST p join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_"
                + " and v.EXECUTION_ID_ = p.ID_ and v.NAME_ = 'title' where p.PROC_DEF_KEY_ = 'idea' and p.BUSINESS_KEY_ in (:keys)"
                + " group by p.BUSINESS_KEY_", Map.of("keys", keys), rs -> {
                    titles.put(rs.getString(1), rs.getString(2));
                });
        return titles;
    }

    // ---- open deadlines ----

    static final String INTEREST = "UserTask_StateInterest";
    static final String REGISTRATION = "UserTask_RegisterParticipants";
    static final String LETTER = "UserTask_AnswerLetter";
    static final Set<String> APPROVALS = Set.of("UserTask_ApproveStart", "UserTask_ApproveAward");

    private record GroupTask(String businessKey, String element, String name, String agency, LocalDate due) {
    }

    /** Open tasks offered to one agency's heads or training coordinators, by element. */
    private List<GroupTask> agencyTasks(Collection<String> elements, String agency) {
        List<GroupTask> tasks = new ArrayList<>();
        jdbc.query("select pi.BUSINESS_KEY_, t.TASK_DEF_KEY_, t.NAME_, i.GROUP_ID_, t.DUE_DATE_ from ACT_RU_TASK t"
                + " join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate'"
                + " join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_"
                + " where t.TASK_DEF_KEY_ in (:elements) and (i.GROUP_ID_ like '%-heads' or i.GROUP_ID_ like '%-training-coordinators')",
                Map.of("elements", elements), rs -> {
                    String group = rs.getString(4);
                    String code = group.endsWith(Groups.HEADS_SUFFIX)
                            ? group.substring(0, group.length() - Groups.HEADS_SUFFIX.length())
                            : group.substring(0, group.length() - Groups.TRAINING_COORDINATORS_SUFFIX.length());
                    if (agency == null || agency.equals(code)) {
                        tasks.add(new GroupTask(rs.getString(1), rs.getString(2), rs.getString(3), code, day(rs.getTimestamp(5))));
                    }
                });
        return tasks;
    }

    List<OpenTask> openGroupTasks(String agency, LocalDate today) {
        Set<String> elements = new HashSet<>(APPROVALS);
        elements.add(REGISTRATION);
        elements.add(LETTER);
        List<GroupTask> tasks = agencyTasks(elements, agency);
        Map<String, String> titles = titles(tasks.stream().map(GroupTask::businessKey).toList());
        return tasks.stream()
                .map(t -> new OpenTask(t.businessKey(), titles.get(t.businessKey()), t.element(), t.name(), t.agency(),
                        agencyName(t.agency()), t.due(), t.due() == null ? null : ChronoUnit.DAYS.between(today, t.due())))
                .sorted(Comparator.comparing((OpenTask t) -> t.due() == null ? LocalDate.MAX : t.due())
                        .thenComparing(OpenTask::businessKey).thenComparing(OpenTask::agencyName, SwedishOrder.texts()))
                .toList();
    }

    List<InterestRound> interestRounds(String agency, LocalDate today) {
        List<GroupTask> tasks = agencyTasks(List.of(INTEREST), agency);
        Map<String, List<GroupTask>> byKey = new TreeMap<>();
        tasks.forEach(t -> byKey.computeIfAbsent(t.businessKey(), k -> new ArrayList<>()).add(t));
        Map<String, String> titles = titles(byKey.keySet());
        List<InterestRound> rounds = new ArrayList<>();
        byKey.forEach((key, open) -> {
            LocalDate deadline = open.stream().map(GroupTask::due).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            rounds.add(new InterestRound(key, titles.get(key), deadline,
                    deadline == null ? null : ChronoUnit.DAYS.between(today, deadline),
                    open.stream().map(t -> agencyName(t.agency())).distinct().sorted(SwedishOrder.texts()).toList()));
        });
        rounds.sort(Comparator.comparing((InterestRound r) -> r.deadline() == null ? LocalDate.MAX : r.deadline())
                .thenComparing(InterestRound::businessKey));
        return rounds;
    }

    List<ProcurementDate> procurementDates(String agency, LocalDate today) {
        List<String[]> timers = new ArrayList<>();
        // by the timer's job definition: the standstill's timer waits behind an event-based gateway, whose
        // execution stands at the gateway, not at the timer event
        jdbc.query("select pi.BUSINESS_KEY_, d.ACT_ID_, j.DUEDATE_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
                + " join ACT_RU_EXECUTION pi on pi.ID_ = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer'"
                + " and d.ACT_ID_ in ('IntermediateEvent_TenderDeadline', 'IntermediateEvent_StandstillOver')"
                + (agency == null ? "" : " and pi.BUSINESS_KEY_ in (select i.business_key from idea_interest i"
                        + " where i.agency_code = :agency and i.co_funding = true)"),
                new MapSqlParameterSource("agency", agency), rs -> {
                    timers.add(new String[] {rs.getString(1), rs.getString(2), day(rs.getTimestamp(3)).toString()});
                });
        Map<String, String> titles = titles(timers.stream().map(t -> t[0]).toList());
        return timers.stream().map(t -> {
            LocalDate date = LocalDate.parse(t[2]);
            return new ProcurementDate(t[0], titles.get(t[0]), t[1].equals("IntermediateEvent_TenderDeadline")
                    ? "Anbudstiden går ut" : "Avtalsspärren löper ut", date, ChronoUnit.DAYS.between(today, date));
        }).sorted(Comparator.comparing(ProcurementDate::date).thenComparing(ProcurementDate::businessKey)).toList();
    }

    // ---- courses ----

    private static final List<String> COURSE_VARIABLES = List.of("courseTitle", "title", "courseStart", "courseEnd",
            "capacity", "seatsByAgency", "outcome");

    /** The process-level variables of course deliveries: instance id -> name -> value (text or number). */
    private Map<String, Map<String, Object>> courseVariables(boolean runningOnly) {
        Map<String, Map<String, Object>> byInstance = new LinkedHashMap<>();
        jdbc.query("select p.ID_, p.BUSINESS_KEY_, v.NAME_, v.TEXT_, v.LONG_, v.VAR_TYPE_ from ACT_HI_PROCINST p"
                + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ and v.EXECUTION_ID_ = p.ID_"
                + " where p.PROC_DEF_KEY_ = 'course-delivery' and v.NAME_ in (:names)"
                + (runningOnly ? " and p.END_TIME_ is null" : "") + " order by p.START_TIME_",
                Map.of("names", COURSE_VARIABLES), rs -> {
                    Map<String, Object> values = byInstance.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                    values.put("businessKey", rs.getString(2));
                    Object value = rs.getString(4) != null ? rs.getString(4) : rs.getObject(5);
                    if ("date".equals(rs.getString(6)) && value instanceof Number millis) {
                        value = NetworkTime.date(java.time.Instant.ofEpochMilli(millis.longValue())).toString();
                    }
                    if (value != null) {
                        values.put(rs.getString(3), value);
                    }
                });
        return byInstance;
    }

    List<ComingCourse> comingCourses(String agency, LocalDate today) {
        Map<String, Map<String, Integer>> registered = new HashMap<>();
        Map<String, Map<String, Integer>> reserves = new HashMap<>();
        jdbc.query("select business_key, agency_code, status, count(*) from course_participant"
                + " group by business_key, agency_code, status", rs -> {
                    (rs.getString(3).equals("RESERVE") ? reserves : registered)
                            .computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(4));
                });
        List<ComingCourse> courses = new ArrayList<>();
        for (Map<String, Object> values : courseVariables(true).values()) {
            LocalDate start = dateOf(values.get("courseStart"));
            if (start == null || start.isBefore(today)) {
                continue;
            }
            String key = (String) values.get("businessKey");
            Map<String, Long> seats = seats(values.get("seatsByAgency"));
            Set<String> codes = new HashSet<>(seats.keySet());
            codes.addAll(registered.getOrDefault(key, Map.of()).keySet());
            codes.addAll(reserves.getOrDefault(key, Map.of()).keySet());
            if (agency != null) {
                if (!codes.contains(agency)) {
                    continue;
                }
                codes = Set.of(agency);
            }
            List<AgencySeats> lines = codes.stream()
                    .map(code -> new AgencySeats(code, agencyName(code), seats.getOrDefault(code, 0L),
                            registered.getOrDefault(key, Map.of()).getOrDefault(code, 0),
                            reserves.getOrDefault(key, Map.of()).getOrDefault(code, 0)))
                    .sorted(SwedishOrder.by(AgencySeats::agencyName)).toList();
            Object capacity = values.get("capacity");
            courses.add(new ComingCourse(key, courseTitle(values), start,
                    capacity instanceof Number n ? n.longValue() : null, lines));
        }
        courses.sort(Comparator.comparing(ComingCourse::start).thenComparing(ComingCourse::businessKey));
        return courses;
    }

    private static String courseTitle(Map<String, Object> values) {
        Object title = values.getOrDefault("courseTitle", values.get("title"));
        return title == null ? null : title.toString();
    }

    private static Map<String, Long> seats(Object json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json.toString(), new TypeReference<TreeMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private record Survey(String key, String title, LocalDate end, Integer responses, BigDecimal relevance,
            BigDecimal trainer, BigDecimal overall, Integer nps) {
    }

    /** The course surveys of courses that ended in the year (one per delivered course). */
    private List<Survey> surveys(MapSqlParameterSource year, String agency) {
        return jdbc.query("select s.course_key, s.course_title, s.course_end_date, s.responses, s.relevance_avg,"
                + " s.trainer_avg, s.overall_avg, s.nps from evaluation_survey s"
                + " where s.course_end_date >= :fromDay and s.course_end_date < :toDay"
                + (agency == null ? "" : " and exists (select 1 from evaluation_attendance a where a.course_key = s.course_key"
                        + " and a.agency = :agency)")
                + " order by s.course_end_date, s.course_key",
                new MapSqlParameterSource(year.getValues()).addValue("agency", agency),
                (rs, i) -> new Survey(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        (Integer) rs.getObject(4, Integer.class), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), (Integer) rs.getObject(8, Integer.class)));
    }

    List<Overview.PastCourse> pastCourses(MapSqlParameterSource year, String agency) {
        List<Survey> surveys = surveys(year, agency);
        if (surveys.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> attended = new HashMap<>();
        jdbc.query("select course_key, agency, attended from evaluation_attendance where course_key in (:keys)"
                + (agency == null ? "" : " and agency = :agency"),
                new MapSqlParameterSource("keys", surveys.stream().map(Survey::key).toList()).addValue("agency", agency),
                rs -> {
                    attended.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return surveys.stream().map(s -> {
            List<Attendance> lines = attended.getOrDefault(s.key(), Map.of()).entrySet().stream()
                    .map(e -> new Attendance(e.getKey(), agencyName(e.getKey()), e.getValue()))
                    .sorted(SwedishOrder.by(Attendance::agencyName)).toList();
            return new Overview.PastCourse(s.key(), s.title(), s.end(), lines,
                    lines.stream().mapToInt(Attendance::attended).sum());
        }).toList();
    }

    List<CourseOutcome> courseOutcomes(MapSqlParameterSource year, String agency) {
        List<Survey> surveys = surveys(year, agency);
        if (surveys.isEmpty()) {
            return List.of();
        }
        List<String> keys = surveys.stream().map(Survey::key).toList();
        Map<String, Integer> followUps = new HashMap<>();
        jdbc.query("select course_key, count(*) from evaluation_follow_up where course_key in (:keys) group by course_key",
                Map.of("keys", keys), rs -> {
                    followUps.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, String> waiting = new HashMap<>();
        jdbc.query("select pi.BUSINESS_KEY_, e.ACT_ID_, j.DUEDATE_ from ACT_RU_EXECUTION e"
                + " join ACT_RU_EXECUTION pi on pi.ID_ = e.PROC_INST_ID_"
                + " left join ACT_RU_JOB j on j.EXECUTION_ID_ = e.ID_ and j.TYPE_ = 'timer'"
                + " join ACT_RE_PROCDEF d on d.ID_ = pi.PROC_DEF_ID_ and d.KEY_ = 'course-evaluation'"
                + " where e.ACT_ID_ in ('IntermediateEvent_FollowUpDue', 'UserTask_FollowUpWithManagers')"
                + " and pi.BUSINESS_KEY_ in (:keys)", Map.of("keys", keys), rs -> {
                    waiting.put(rs.getString(1), rs.getString(2).equals("UserTask_FollowUpWithManagers")
                            ? "Pågår: uppföljning med cheferna"
                            : "Planerad " + (rs.getTimestamp(3) == null ? "" : day(rs.getTimestamp(3)).toString()));
                });
        return surveys.stream().map(s -> {
            int responses = s.responses() == null ? 0 : s.responses();
            boolean shown = s.responses() != null && responses >= MINIMUM_ANSWERS;
            String followUp = waiting.get(s.key());
            if (followUp == null) {
                int recorded = followUps.getOrDefault(s.key(), 0);
                followUp = recorded > 0 ? "Klar: " + recorded + (recorded == 1 ? " myndighet" : " myndigheter")
                        : s.responses() == null ? "Enkäten är öppen" : "Ingen uppföljning";
            }
            return new CourseOutcome(s.key(), s.title(), s.end(), responses, shown,
                    shown ? s.relevance() : null, shown ? s.trainer() : null, shown ? s.overall() : null,
                    shown ? s.nps() : null, followUp);
        }).toList();
    }

    // ---- money ----

    List<AgencyMoney> money(MapSqlParameterSource year, String agency) {
        MapSqlParameterSource params = new MapSqlParameterSource(year.getValues()).addValue("agency", agency);
        String agencyFilter = agency == null ? "" : " and l.agency_code = :agency";
        Map<String, Money[]> sums = new TreeMap<>();
        // committed: the latest preliminary version of each activity (superseded only by its final allocation)
        jdbc.query("select l.agency_code, sum(l.share) from cost_allocation a join cost_allocation_line l"
                + " on l.allocation_id = a.id where a.kind = 'PRELIMINARY' and a.created_at >= :from and a.created_at < :to"
                + " and l.approval_status <> 'DECLINED' and (a.superseded_by_id is null or exists (select 1 from"
                + " cost_allocation s where s.id = a.superseded_by_id and s.kind = 'FINAL'))" + agencyFilter
                + " group by l.agency_code", params, rs -> {
                    sums.computeIfAbsent(rs.getString(1), k -> zeros())[0] = Money.of(rs.getBigDecimal(2));
                });
        // final: what the invoicing basis invoices (status FINAL, declined lines left out) for activities; a
        // staff loan's reimbursement (kind STAFF_LOAN) is owed to another agency, not a share of a cost
        jdbc.query("select l.agency_code, sum(l.share), sum(l.in_kind_credit) from cost_allocation a"
                + " join cost_allocation_line l on l.allocation_id = a.id where a.status = 'FINAL' and a.kind = 'FINAL'"
                + " and a.created_at >= :from and a.created_at < :to and l.approval_status <> 'DECLINED'" + agencyFilter
                + " group by l.agency_code", params, rs -> {
                    Money[] values = sums.computeIfAbsent(rs.getString(1), k -> zeros());
                    values[1] = Money.of(rs.getBigDecimal(2));
                    values[2] = Money.of(rs.getBigDecimal(3));
                });
        return sums.entrySet().stream()
                .map(e -> new AgencyMoney(e.getKey(), agencyName(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2]))
                .sorted(SwedishOrder.by(AgencyMoney::agencyName)).toList();
    }

    /** The sums of numeric(15,2) columns are whole öre. */
    private static Money[] zeros() {
        return new Money[] {Money.ZERO, Money.ZERO, Money.ZERO};
    }

    static List<Quarter> quarters(int year, String agency) {
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            LocalDate from = LocalDate.of(year, q * 3 + 1, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            quarters.add(new Quarter("Kvartal " + (q + 1), from, to, "/api/invoicing-basis.csv?from=" + from + "&to=" + to
                    + (agency == null ? "" : "&agency=" + agency)));
        }
        return quarters;
    }

    // ---- outcomes ----

    List<ReviewYear> reviews(String agency) {
        Map<Integer, List<Integer>> ratings = new TreeMap<>();
        Map<Integer, Integer> own = new HashMap<>();
        jdbc.query("select r.review_year, a.agency_code, a.rating from network_review r join network_review_answer a"
                + " on a.business_key = r.business_key order by r.review_year, r.started_at", rs -> {
                    ratings.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(3));
                    if (rs.getString(2).equals(agency)) {
                        own.put(rs.getInt(1), rs.getInt(3));
                    }
                });
        List<ReviewYear> years = new ArrayList<>();
        ratings.forEach((year, list) -> years.add(new ReviewYear(year, list.size(),
                BigDecimal.valueOf(list.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP),
                own.get(year))));
        return years;
    }

    /**
     * Candidate sharing's counts from its tables (candidate-referral, V20), read like the other
     * capabilities' tables here: referrals started in the year; shown now = still consented (the status
     * changes when the period ends or the consent is withdrawn).
     */
    Overview.Referrals referrals(MapSqlParameterSource year, String agency) {
        MapSqlParameterSource params = new MapSqlParameterSource(year.getValues()).addValue("agency", agency);
        String mine = agency == null ? "" : " and r.referring_agency = :agency";
        Integer[] counts = jdbc.queryForObject("select count(*), count(r.consented_at),"
                + " sum(case when r.status = 'CONSENTED' then 1 else 0 end)"
                + " from candidate_referral r where r.created_at >= :from and r.created_at < :to" + mine, params,
                (rs, n) -> new Integer[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
        Integer contacts = jdbc.queryForObject("select count(*) from candidate_referral_contact c join candidate_referral r"
                + " on r.id = c.referral_id where r.created_at >= :from and r.created_at < :to"
                + (agency == null ? "" : " and c.agency_code = :agency"), params, Integer.class);
        return new Overview.Referrals(counts[0], counts[1], counts[2], contacts == null ? 0 : contacts);
    }

    /**
     * The mentorship programmes (mentorship_programme, V18) with their accepted pairs, an agency's own pairs only, and the
     * programme's evaluation (V23): adepts and mentors asked and answers received, for the whole programme (the answers
     * are anonymous, so they cannot be counted per agency).
     */
    List<MentorshipLine> mentorships(String agency) {
        String pairs = "from mentorship_pair p where p.business_key = m.business_key and p.status in ('ACCEPTED', 'COMPLETED',"
                + " 'ENDED_EARLY')" + (agency == null ? "" : " and (p.adept_agency = :agency or p.mentor_agency = :agency)");
        return jdbc.query("select m.business_key, m.title, m.status,"
                + " (select count(*) " + pairs + " and p.status = 'ACCEPTED'),"
                + " (select count(*) " + pairs + " and p.status = 'COMPLETED'),"
                + " (select count(*) " + pairs + " and p.status = 'ENDED_EARLY'),"
                + " (select coalesce(sum(p.meetings), 0) " + pairs + "),"
                + " m.evaluation_invited, m.evaluation_responses"
                + " from mentorship_programme m"
                + (agency == null ? "" : " where exists (select 1 from mentorship_person x where x.business_key ="
                        + " m.business_key and x.agency_code = :agency)")
                + " order by m.started_at, m.business_key",
                new MapSqlParameterSource("agency", agency), (rs, i) -> new MentorshipLine(rs.getString(1), rs.getString(2),
                        mentorshipStatus(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class)));
    }

    /**
     * The evaluations of the staff loans (staff_loan_evaluation, V24) whose last day is in the year, per side:
     * the borrowing agencies' and the lending agencies' answers; for one agency the loans it was a party to. The
     * heads' free texts ("Vad kan bli bättre?") for the network's overview only, in the order the loans ended.
     */
    Overview.StaffLoanEvaluations staffLoanEvaluations(MapSqlParameterSource year, String agency) {
        MapSqlParameterSource params = new MapSqlParameterSource(year.getValues()).addValue("agency", agency);
        String loans = " from staff_loan_evaluation e join staff_loan s on s.business_key = e.business_key"
                + " where s.loan_end >= :fromDay and s.loan_end < :toDay"
                + (agency == null ? "" : " and (s.borrowing_agency = :agency or s.lending_agency = :agency)");
        Integer evaluated = jdbc.queryForObject("select count(distinct e.business_key)" + loans, params, Integer.class);
        Map<String, Overview.PartyEvaluation> parties = new HashMap<>();
        jdbc.query("select e.party, count(*), sum(e.purpose_rating), sum(e.cooperation_rating),"
                + " sum(case when e.would_repeat then 1 else 0 end)" + loans + " group by e.party", params, rs -> {
                    int answers = rs.getInt(2);
                    parties.put(rs.getString(1), new Overview.PartyEvaluation(answers, mean(rs.getLong(3), answers),
                            mean(rs.getLong(4), answers), rs.getInt(5)));
                });
        Overview.PartyEvaluation none = new Overview.PartyEvaluation(0, null, null, 0);
        List<Overview.StaffLoanComment> comments = agency != null ? List.of() : jdbc.query(
                "select e.business_key, s.loan_end, e.agency_code, e.party, e.improvement" + loans
                        + " and e.improvement is not null order by s.loan_end, e.business_key, e.party",
                params, (rs, row) -> new Overview.StaffLoanComment(rs.getString(1), rs.getDate(2).toLocalDate(),
                        agencyName(rs.getString(3)), "BORROWER".equals(rs.getString(4)),
                        rs.getString(5)));
        return new Overview.StaffLoanEvaluations(evaluated == null ? 0 : evaluated,
                parties.getOrDefault("BORROWER", none), parties.getOrDefault("LENDER", none), persons(params, agency),
                comments);
    }

    /**
     * The persons' questionnaires (survey rounds {@code <loan key>:person}, questionnaire {@code staff-loan-person})
     * of the year's loans, compiled over all of them by the survey package, which hides the averages below its
     * minimum of answers.
     */
    private Overview.PersonEvaluation persons(MapSqlParameterSource params, String agency) {
        List<String> rounds = jdbc.queryForList("select s.business_key || ':person' from staff_loan s"
                + " where s.loan_end >= :fromDay and s.loan_end < :toDay"
                + (agency == null ? "" : " and (s.borrowing_agency = :agency or s.lending_agency = :agency)"),
                params, String.class);
        QuestionnaireResults results = surveys.results(rounds, "person");
        boolean shown = !results.hidden() && results.responses() > 0;
        return new Overview.PersonEvaluation(results.invited(), results.responses(), shown, results.minimum(),
                shown ? results.average("workRating") : null, shown ? results.average("learningRating") : null,
                shown ? results.average("supportRating") : null);
    }

    /** The mean of {@code count} ratings summing to {@code sum}, half up to two decimals; null without ratings. */
    static BigDecimal mean(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    static String mentorshipStatus(String status) {
        return switch (status) {
            case "OPEN" -> "Anmälan och matchning";
            case "RUNNING" -> "Pågår";
            case "CLOSED" -> "Avslutat";
            case "CANCELLED" -> "Inställt";
            default -> status;
        };
    }

    List<YhLine> yhApplications(String agency) {
        Map<String, int[]> letters = new HashMap<>();
        jdbc.query("select business_key, answer, count(*) from yh_letter_of_intent group by business_key, answer", rs -> {
            int[] counts = letters.computeIfAbsent(rs.getString(1), k -> new int[4]);
            switch (rs.getString(2)) {
                case "signed" -> counts[0] = rs.getInt(3);
                case "declined" -> counts[1] = rs.getInt(3);
                case "silent" -> counts[2] = rs.getInt(3);
                default -> counts[3] = rs.getInt(3);
            }
        });
        return jdbc.query("select a.business_key, a.programme_name, a.provider_name, a.decision from yh_application a"
                + (agency == null ? "" : " where exists (select 1 from yh_letter_of_intent l where l.business_key ="
                        + " a.business_key and l.agency_code = :agency)") + " order by a.registered_at, a.business_key",
                new MapSqlParameterSource("agency", agency), (rs, i) -> {
                    int[] counts = letters.getOrDefault(rs.getString(1), new int[4]);
                    return new YhLine(rs.getString(1), rs.getString(2), rs.getString(3), counts[0], counts[1], counts[2],
                            counts[3], decisionLabel(rs.getString(4)));
                });
    }

    /**
     * The joint recruitment activities (recruitment-activity's table); for one agency those it signed up
     * for. Hires count only the agencies that answered the follow-up.
     */
    List<RecruitmentLine> recruitmentActivities(String agency) {
        return jdbc.query("select a.business_key, a.title, a.activity_date, a.status, a.participant_count,"
                + " a.answered_count, a.total_hires from recruitment_activity a"
                + (agency == null ? "" : " where exists (select 1 from recruitment_activity_sign_up s where s.business_key ="
                        + " a.business_key and s.agency_code = :agency and s.takes_part = true)")
                + " order by a.registered_at, a.business_key",
                new MapSqlParameterSource("agency", agency), (rs, i) -> new RecruitmentLine(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), recruitmentStatusLabel(rs.getString(4)),
                        rs.getInt(5), (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class)));
    }

    static String recruitmentStatusLabel(String status) {
        return switch (status) {
            case "PLANNING" -> "Planeras";
            case "SIGN_UP" -> "Anmälan pågår";
            case "NO_PARTICIPANTS" -> "Ingen anmälde sig";
            case "CANCELLED" -> "Inställd";
            case "HELD" -> "Genomförd, uppföljning väntar";
            case "FOLLOWED_UP" -> "Uppföljd";
            default -> status;
        };
    }

    static String decisionLabel(String decision) {
        if (decision == null) {
            return "Inget beslut ännu";
        }
        return switch (decision) {
            case "approved" -> "Beviljad";
            case "rejected" -> "Avslagen";
            default -> decision;
        };
    }

    // ---- one case's history ----

    /** One step of a case as the engine's history has it. */
    public record Step(String process, String name, String kind, java.time.LocalDateTime started,
            java.time.LocalDateTime ended, String assignee) {
    }

    /** Every step of every instance with this business key, in the order they started. */
    public List<Step> history(String businessKey) {
        return jdbc.query("select d.NAME_, d.KEY_, a.ACT_NAME_, a.ACT_TYPE_, a.START_TIME_, a.END_TIME_, a.ASSIGNEE_"
                + " from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_"
                + " join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_"
                + " where p.BUSINESS_KEY_ = :key and a.ACT_NAME_ is not null"
                + " and a.ACT_TYPE_ in ('userTask', 'serviceTask', 'callActivity', 'startEvent', 'noneEndEvent',"
                + " 'intermediateTimer', 'intermediateMessageCatch', 'boundaryTimer', 'exclusiveGateway', 'sendTask',"
                + " 'businessRuleTask', 'subProcess')"
                + " order by a.START_TIME_, a.SEQUENCE_COUNTER_", Map.of("key", businessKey), (rs, i) -> new Step(
                        rs.getString(1) == null ? rs.getString(2) : rs.getString(1), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime(), rs.getString(7)));
    }

    /** Whether a case concerns an agency: it originated there, the agency took part or co-funds it, or signs for it. */
    public boolean concerns(String businessKey, String agency) {
        Integer count = jdbc.queryForObject("select (select count(*) from idea_interest where business_key = :key"
                + " and agency_code = :agency and (participants > 0 or co_funding = true))"
                + " + (select count(*) from ACT_HI_VARINST v join ACT_HI_PROCINST p on p.ID_ = v.PROC_INST_ID_"
                + " where p.BUSINESS_KEY_ = :key and v.NAME_ = 'originatingAgency' and v.TEXT_ = :agency)"
                + " + (select count(*) from yh_letter_of_intent where business_key = :key and agency_code = :agency)",
                Map.of("key", businessKey, "agency", agency), Integer.class);
        return count != null && count > 0;
    }

    // ---- helpers ----

    static MapSqlParameterSource yearParams(int year) {
        return new MapSqlParameterSource()
                .addValue("from", Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .addValue("to", Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
                .addValue("fromDay", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("toDay", java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    String agencyName(String code) {
        return directory.agencyName(code);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
    }

    /** A variable's date, or null when it holds none (missing, or not a date). */
    static LocalDate dateOf(Object value) {
        try {
            return NetworkTime.date(value);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

}
