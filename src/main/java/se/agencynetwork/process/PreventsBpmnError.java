package se.agencynetwork.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@link FormRule}: the rule refuses, before the step, every decision that would make
 * the element throw these BpmnError codes, so the model need not catch them there. The model
 * checks ({@code BpmnErrorHandlingTest}) accept a code a delegate declares in
 * {@link DelegateContract#errors()} only when the model catches it or a rule says so here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PreventsBpmnError {

    /** The element (service task, user task) whose delegate or listener would throw. */
    String element();

    /** The error codes made impossible. */
    String[] codes();

    /** Why, in one sentence, for the reader of the check's report. */
    String because();
}
