package se.agencynetwork.referral;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.agencynetwork.system.StartPageEntry;

/** The start page offers the shared candidate profiles to those who may see them: agencies' HR and heads. */
@Component
@Order(2)
class SharedProfilesEntry implements StartPageEntry {

    private final ReferralViewers viewers;

    SharedProfilesEntry(ReferralViewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public Optional<Link> linkFor(String userId) {
        return viewers.viewer(userId).seesProfiles()
                ? Optional.of(new Link("referrals", "Delade kandidater",
                        "Kandidater som andra myndigheter har delat med samtycke, och som ni får kontakta.", "/referrals"))
                : Optional.empty();
    }
}
