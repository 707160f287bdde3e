package se.agencynetwork.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs journeys with N client threads through the Java API: each thread takes the next journey,
 * starts it and, until no instance with its business key is left, completes the open tasks, fires the
 * timers that stand for time passing, and otherwise waits a few milliseconds for the job executor
 * (hand-overs and mail are asynchronous jobs). The same loop drives the real journey and the floor.
 */
final class JourneyDriver {

    /** The outcome of one run: journeys completed in a wall-clock time, until every job was done. */
    record Run(int threads, int journeys, double seconds, int optimisticLockRetries) {
        double perSecond() {
            return journeys / seconds;
        }
    }

    private static final long JOURNEY_TIMEOUT_MS = 300_000;

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Map<String, String> activityOfJobDefinition = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();

    JourneyDriver(ProcessEngine engine) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
    }

    /** Runs {@code journeys} journeys with {@code threads} threads, each with a script of its own. */
    Run run(int threads, int journeys, Supplier<JourneyScript> scripts) throws Exception {
        AtomicInteger next = new AtomicInteger();
        retries.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            JourneyScript script = scripts.get();
            clients.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < journeys; n = next.getAndIncrement()) {
                    drive(script, n);
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        awaitNoDueJobs();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(threads, journeys, seconds, retries.get());
    }

    /** One journey, from its start until no instance with its business key is active. */
    void drive(JourneyScript script, int n) throws InterruptedException {
        String key = script.start(n);
        // between the client's steps the job executor works (hand-overs, bookings, mails): poll until it
        // has given the journey a task or a timer, and until the journey has ended
        Awaitility.await("journey " + key + " ended").atMost(Duration.ofMillis(JOURNEY_TIMEOUT_MS))
                .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> advance(script, key));
    }

    /**
     * Completes the journey's open tasks and fires its due calendar timers for as long as there are
     * any; true when the journey has ended, false when it waits for the job executor.
     */
    private boolean advance(JourneyScript script, String key) {
        while (true) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).list().stream()
                    .filter(task -> !script.optionalTasks().contains(task.getTaskDefinitionKey())).toList();
            if (!open.isEmpty()) {
                for (Task task : open) {
                    try {
                        script.work(task);
                    } catch (OptimisticLockingException e) {
                        retries.incrementAndGet();
                    }
                }
                continue;
            }
            List<ProcessInstance> active = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).active().list();
            if (active.isEmpty()) {
                return true;
            }
            if (!fireTimer(script, key, active)) {
                failOnIncident(key, active);
                return false;
            }
        }
    }

    private boolean fireTimer(JourneyScript script, String key, List<ProcessInstance> active) {
        if (script.timersToFire().isEmpty()) {
            return false;
        }
        for (ProcessInstance instance : active) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                String activity = activityOfJobDefinition.computeIfAbsent(job.getJobDefinitionId(), id ->
                        management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
                if (script.timersToFire().contains(activity)) {
                    script.beforeTimer(activity, key);
                    try {
                        management.executeJob(job.getId());
                    } catch (OptimisticLockingException e) {
                        retries.incrementAndGet();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private void failOnIncident(String key, List<ProcessInstance> active) {
        for (ProcessInstance instance : active) {
            Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                    .findFirst().orElse(null);
            if (incident != null) {
                throw new IllegalStateException("journey " + key + ": incident at " + incident.getActivityId() + ": "
                        + incident.getIncidentMessage());
            }
        }
    }

    /** Waits until the job executor has run every job that is due (the journeys' last mails included). */
    void awaitNoDueJobs() throws InterruptedException {
        Awaitility.await("every due job executed").atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5)).until(() -> management.createJobQuery().executable().count() == 0);
    }

    ProcessEngine engine() {
        return engine;
    }
}
