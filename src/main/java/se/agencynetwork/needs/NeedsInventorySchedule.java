package se.agencynetwork.needs;

import org.springframework.stereotype.Component;

/** The cycle of the yearly timer start of {@code needs-inventory}: {@code ${needsInventorySchedule.cycle}}. */
@Component("needsInventorySchedule")
public record NeedsInventorySchedule(NeedsProperties properties) {

    public String getCycle() {
        return properties.needsInventoryCycle();
    }
}
