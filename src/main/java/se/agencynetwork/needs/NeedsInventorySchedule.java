package se.agencynetwork.needs;

import org.springframework.stereotype.Component;

import se.agencynetwork.idea.IdeaProperties;

/** The cycle of the yearly timer start of {@code needs-inventory}: {@code ${needsInventorySchedule.cycle}}. */
@Component("needsInventorySchedule")
public class NeedsInventorySchedule {

    private final IdeaProperties properties;

    public NeedsInventorySchedule(IdeaProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.needsInventoryCycle();
    }
}
