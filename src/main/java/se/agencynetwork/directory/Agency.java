package se.agencynetwork.directory;

import java.time.LocalDate;

/**
 * A member of the network, as the directory file describes it.
 *
 * @param code             lowercase ASCII id used in group ids ({@code spv} gives {@code spv-heads})
 * @param name             the agency's name as shown to users
 * @param orgNumber        Swedish organisation number, {@code NNNNNN-NNNN}
 * @param headcount        staff counted for the "by headcount" cost key
 * @param memberSince      the date the agency joined the network
 * @param steeringGroup    whether its head sits in the steering group
 * @param vatLiable        true for members outside the state (municipality, region)
 * @param invoiceReference the reference that goes on invoices to the agency
 */
public record Agency(
        String code,
        String name,
        String orgNumber,
        Integer headcount,
        LocalDate memberSince,
        Boolean steeringGroup,
        Boolean vatLiable,
        String invoiceReference) {

    public String headsGroup() {
        return Groups.headsOf(code);
    }

    public String trainingCoordinatorsGroup() {
        return Groups.trainingCoordinatorsOf(code);
    }
}
