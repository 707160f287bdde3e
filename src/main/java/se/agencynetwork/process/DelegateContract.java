package se.agencynetwork.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The process variables a delegate (a bean named in {@code camunda:delegateExpression}) reads
 * and writes. The model checks use it to prove that every variable a delegate or gateway reads
 * is written upstream by a form, a delegate or a call-activity mapping.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DelegateContract {

    /** Variables the delegate needs. */
    String[] reads() default {};

    /** Variables the delegate sets. */
    String[] writes() default {};

    /**
     * The BpmnError codes the delegate (or listener) may throw. Every element that calls it must
     * catch each of them (an error boundary event or an error event sub-process) or have a form
     * rule that prevents it ({@link PreventsBpmnError}): a user never meets an unhandled error.
     */
    String[] errors() default {};
}
