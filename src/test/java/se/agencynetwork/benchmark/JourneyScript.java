package se.agencynetwork.benchmark;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;

/** What a client does to take one journey from its start to its end: start it, work its tasks, fire its waits. */
interface JourneyScript {

    /** Starts journey number {@code n}; returns the business key every instance of the journey carries. */
    String start(int n);

    /** Completes the task as the person who holds it would. */
    void work(Task task);

    /**
     * Timers that stand for time passing (a tender deadline, a course date): the client fires them by
     * executing their job instead of waiting days. Empty for the engine floor.
     */
    Set<String> timersToFire();

    /**
     * Tasks that stay open until a timer ends them and that a journey normally leaves alone (e.g.
     * course-delivery's "change the date or venue if needed"): the client neither works nor waits for them.
     */
    default Set<String> optionalTasks() {
        return Set.of();
    }

    /** Called just before one of {@link #timersToFire()} is fired (e.g. a participant answers the survey first). */
    default void beforeTimer(String activityId, String businessKey) {
    }
}
