package se.agencynetwork.process;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The models' view of list variables, for expressions such as a multi-instance collection
 * ({@code camunda:collection="${lists.strings(memberAgencies)}"}): the engine needs a Java
 * collection there, while the variable is kept as Spin JSON (see {@link ProcessJson}).
 */
@Component("lists")
public class ProcessLists {

    public List<String> strings(Object value) {
        return ProcessJson.strings(value);
    }
}
