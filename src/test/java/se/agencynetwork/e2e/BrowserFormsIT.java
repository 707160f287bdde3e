package se.agencynetwork.e2e;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every human step done in Tasklist by its own user: the browser journeys, one after the other (each
 * starts the application afresh), and last the check that together they completed every form in
 * {@code forms/}. Run alone: {@code ./mvnw verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=BrowserFormsIT}; one journey: {@code -Dit.test=IdeaToSurveyInBrowser}.
 * A new journey class goes into the list, before {@link EveryFormCompletedInBrowser}.
 */
@Suite
@SuiteDisplayName("Every form completed in Tasklist by its own user")
@SelectClasses({
        IdeaToSurveyInBrowser.class,
        ProcurementPathsInBrowser.class,
        YhApplicationInBrowser.class,
        NetworkReviewInBrowser.class,
        DeliveryAndEvaluationInBrowser.class,
        NeedsInventoryInBrowser.class,
        RecruitmentActivityInBrowser.class,
        CandidateReferralInBrowser.class,
        MentorshipInBrowser.class,
        StaffLoanInBrowser.class,
        EveryFormCompletedInBrowser.class })
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "se.agencynetwork.e2e.BrowserFormsIT$ListedOrder")
class BrowserFormsIT {

    /** The suite's classes in the order of its {@link SelectClasses} list: the journeys first, the check last. */
    public static final class ListedOrder implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
            List<Class<?>> listed = List.of(BrowserFormsIT.class.getAnnotation(SelectClasses.class).value());
            context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> {
                int index = listed.indexOf(descriptor.getTestClass());
                return index < 0 ? Integer.MAX_VALUE : index;
            }));
        }
    }
}
