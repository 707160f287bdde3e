package se.agencynetwork.forms;

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
}
