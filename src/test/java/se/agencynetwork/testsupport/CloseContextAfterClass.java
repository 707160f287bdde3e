package se.agencynetwork.testsupport;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes each test class's Spring context when the class is done, before the next class starts
 * its own.
 *
 * <p>The process engine must be called "default": that is the engine the REST API and the
 * webapps look up, by name, in a JVM-wide registry. Two live contexts would both register a
 * "default" engine, and closing the older one would unregister the newer one's - so the REST
 * API of the next test class answered 404. One context at a time, closed before the next one is
 * built, keeps the tests as close to a real start as possible at the price of a few seconds per
 * test class. Registered for every test class in {@code META-INF/spring.factories}.
 */
public class CloseContextAfterClass implements TestExecutionListener, Ordered {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
