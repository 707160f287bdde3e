package se.agencynetwork.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

import se.agencynetwork.process.SurveyAnswers;

/**
 * Part 1: complete journeys per second on the application against the engine floor with the same
 * shape, on one database kind, for each number of client threads.
 */
final class JourneyThroughput {

    private static final List<String> SERVICE_LIKE = List.of("serviceTask", "sendTask", "businessRuleTask", "scriptTask");

    private JourneyThroughput() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> measure(String database, List<Integer> threadCounts, int journeysPerThread) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        EngineFloor.Shape shape;
        List<JourneyDriver.Run> appRuns = new ArrayList<>();
        boolean postgres = database.equals("postgres");
        SqlCounter appSql = new SqlCounter();
        String appDatabase = Benchmark.freshDatabase(database);
        try (AppNode app = AppNode.start(appDatabase, Map.of(), appSql)) {
            ProcessEngine engine = app.bean(ProcessEngine.class);
            SurveyAnswers surveys = app.bean(SurveyAnswers.class);
            JourneyDriver driver = new JourneyDriver(engine);
            // warm-up: one journey, alone, whose history tells the shape of a journey
            int mailsBefore = app.smtp.getReceivedMessages().length;
            long jobsBefore = engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
            Date since = new Date(System.currentTimeMillis() - 1000);
            driver.run(1, 1, () -> new AgencyJourney(engine, surveys));
            shape = shapeSince(engine.getHistoryService(), since,
                    (int) (engine.getHistoryService().createHistoricJobLogQuery().successLog().count() - jobsBefore),
                    result);
            result.put("mailsPerJourney", app.smtp.getReceivedMessages().length - mailsBefore);
            Benchmark.log("%s: one journey = %d user tasks, %d service tasks, %d jobs, %s mails", database,
                    shape.userTasks(), shape.serviceTasks(), shape.asyncJobs(), result.get("mailsPerJourney"));
            if (postgres) {
                Map<String, Object> cost = JourneyCost.measure(appDatabase, appSql, engine,
                        () -> driver.run(1, 1, () -> new AgencyJourney(engine, surveys)));
                result.put("appCostPerJourney", cost);
                Benchmark.log("%s app, one journey alone: %s", database, cost);
            }
            for (int threads : threadCounts) {
                JourneyDriver.Run run = driver.run(threads, threads * journeysPerThread, () -> new AgencyJourney(engine, surveys));
                Benchmark.log("%s app, %d threads: %d journeys in %.1f s = %.3f/s", database, threads, run.journeys(),
                        run.seconds(), run.perSecond());
                appRuns.add(run);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        SqlCounter floorSql = new SqlCounter();
        String floorDatabase = Benchmark.freshDatabase(database);
        try (EngineFloor floor = EngineFloor.start(floorDatabase, shape, floorSql)) {
            JourneyDriver driver = new JourneyDriver(floor.engine);
            driver.run(1, 2, floor::script);
            if (postgres) {
                Map<String, Object> cost = JourneyCost.measure(floorDatabase, floorSql, floor.engine,
                        () -> driver.run(1, 1, floor::script));
                result.put("floorCostPerJourney", cost);
                Benchmark.log("%s floor, one journey alone: %s", database, cost);
                Map<String, Object> app = (Map<String, Object>) result.get("appCostPerJourney");
                Map<String, Object> ratios = new LinkedHashMap<>();
                for (String figure : List.of("statements", "transactions", "walBytes", "processInstances", "jobs")) {
                    ratios.put(figure, Benchmark.round(((Number) app.get(figure)).doubleValue()
                            / Math.max(1, ((Number) cost.get(figure)).doubleValue())));
                }
                result.put("costRatios", ratios);
            }
            for (int i = 0; i < threadCounts.size(); i++) {
                int threads = threadCounts.get(i);
                JourneyDriver.Run run = driver.run(threads, threads * journeysPerThread * 2, floor::script);
                Benchmark.log("%s floor, %d threads: %d journeys in %.1f s = %.3f/s", database, threads, run.journeys(),
                        run.seconds(), run.perSecond());
                JourneyDriver.Run app = appRuns.get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("threads", threads);
                row.put("appJourneys", app.journeys());
                row.put("appSeconds", Benchmark.round(app.seconds()));
                row.put("appJourneysPerSecond", Benchmark.round(app.perSecond()));
                row.put("floorJourneys", run.journeys());
                row.put("floorSeconds", Benchmark.round(run.seconds()));
                row.put("floorJourneysPerSecond", Benchmark.round(run.perSecond()));
                row.put("ratio", Benchmark.round(app.perSecond() / run.perSecond()));
                row.put("optimisticLockRetries", app.optimisticLockRetries());
                rows.add(row);
            }
        }
        result.put("runs", rows);
        return result;
    }

    private static EngineFloor.Shape shapeSince(HistoryService history, Date since, int jobs, Map<String, Object> result) {
        Map<String, Integer> byType = new TreeMap<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().startedAfter(since).list()) {
            byType.merge(activity.getActivityType(), 1, Integer::sum);
        }
        int userTasks = byType.getOrDefault("userTask", 0);
        int serviceTasks = SERVICE_LIKE.stream().mapToInt(type -> byType.getOrDefault(type, 0)).sum();
        long processes = history.createHistoricProcessInstanceQuery().startedAfter(since).count();
        result.put("activitiesPerJourney", byType);
        result.put("processInstancesPerJourney", processes);
        result.put("userTasksPerJourney", userTasks);
        result.put("serviceTasksPerJourney", serviceTasks);
        result.put("jobsPerJourney", jobs);
        return new EngineFloor.Shape(userTasks, serviceTasks, Math.min(jobs, 2 * serviceTasks));
    }
}
