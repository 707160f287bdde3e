package se.agencynetwork.needs;

import org.springframework.stereotype.Component;

/** The cycle of the yearly timer start of {@code needs-inventory}: {@code ${needsInventorySchedule.cycle}}. */
@Component("needsInventorySchedule")
public class NeedsInventorySchedule {

    private final NeedsProperties properties;

    public NeedsInventorySchedule(NeedsProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.needsInventoryCycle();
    }
}
