package se.agencynetwork.benchmark;

import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The engine floor: the bare Camunda engine (no Spring, no application code, authorization off)
 * on the same kind of database, running a generated process with as many user tasks, service
 * tasks (no-op) and asynchronous continuations as one real journey passes through, driven by the
 * same client loop. What the engine itself costs for that many steps.
 */
final class EngineFloor implements AutoCloseable {

    static final String PROCESS_KEY = "floor";

    /** How many steps of each kind one journey really passes through (counted from history). */
    record Shape(int userTasks, int serviceTasks, int asyncJobs) {
    }

    /** A service task that does nothing. */
    public static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // the floor measures the engine, not work
        }
    }

    final ProcessEngine engine;

    private EngineFloor(ProcessEngine engine) {
        this.engine = engine;
    }

    static EngineFloor start(String jdbcUrl, Shape shape) {
        return start(jdbcUrl, shape, null);
    }

    /**
     * @param counter when given, the engine's connections come from a pool of 20 (as the application's
     *        Hikari pool) whose SQL statements it counts; otherwise from the engine's own pool of 20
     */
    static EngineFloor start(String jdbcUrl, Shape shape, SqlCounter counter) {
        boolean postgres = AppNode.isPostgres(jdbcUrl);
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("floor")
                .setJdbcUrl(jdbcUrl)
                .setJdbcDriver(postgres ? "org.postgresql.Driver" : "org.h2.Driver")
                .setJdbcUsername(postgres ? Benchmark.env("TEST_PG_USER", "postgres") : "sa")
                .setJdbcPassword(postgres ? Benchmark.env("TEST_PG_PASSWORD", "") : "")
                .setJdbcMaxActiveConnections(20);
        if (counter != null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(jdbcUrl);
            pool.setUsername(postgres ? Benchmark.env("TEST_PG_USER", "postgres") : "sa");
            pool.setPassword(postgres ? Benchmark.env("TEST_PG_PASSWORD", "") : "");
            pool.setMaximumPoolSize(20);
            pool.setAutoCommit(false);
            if (postgres) {
                pool.addDataSourceProperty("options", "-c jit=off");
            }
            configuration.setDataSource(counter.wrap(pool));
        }
        configuration
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("floor").addModelInstance("floor.bpmn", model(shape)).deploy();
        return new EngineFloor(engine);
    }

    /**
     * One sequence: the user tasks spread evenly between the service tasks, the first {@code asyncJobs}
     * service tasks asynchronous before (a job each, like the journey's hand-overs, timers and mail jobs);
     * when the journey runs more jobs than it has service tasks, the first ones are asynchronous after
     * too (a second job each), so that the floor runs as many jobs as the journey.
     */
    static BpmnModelInstance model(Shape shape) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Floor");
        int steps = shape.userTasks() + shape.serviceTasks();
        int users = 0;
        int services = 0;
        for (int step = 0; step < steps; step++) {
            boolean userNext = services >= shape.serviceTasks()
                    || (users < shape.userTasks() && (long) users * steps <= (long) step * shape.userTasks());
            if (userNext) {
                flow = flow.userTask("UserTask_" + users).camundaCandidateGroups("floor");
                users++;
            } else {
                flow = flow.serviceTask("ServiceTask_" + services).camundaClass(NoOp.class.getName())
                        .camundaAsyncBefore(services < shape.asyncJobs())
                        .camundaAsyncAfter(services < shape.asyncJobs() - shape.serviceTasks());
                services++;
            }
        }
        return flow.endEvent("EndEvent_Floor").done();
    }

    /** The floor's client: starts the process, completes every task with no form and no user. */
    JourneyScript script() {
        return new JourneyScript() {
            @Override
            public String start(int n) {
                String key = "FLOOR-" + n + "-" + System.nanoTime();
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, key);
                return key;
            }

            @Override
            public void work(Task task) {
                engine.getTaskService().complete(task.getId());
            }

            @Override
            public Set<String> timersToFire() {
                return Set.of();
            }
        };
    }

    @Override
    public void close() {
        engine.close();
    }
}
