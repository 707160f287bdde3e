package se.agencynetwork.procurement;


import java.util.ArrayList;
import java.util.List;


import se.agencynetwork.directory.NetworkDirectory;

/**
 * Joint procurement: one agency procures on behalf of the others, who give it a power of attorney (fullmakt).
 * After the heads approved the start, the head of every co-funding agency but the procuring one gives it in a
 * task of its own (parallel); each is recorded in procurement_power_of_attorney and listed in the direct-award
 * documentation and on the contract.
 */
public final class PowersOfAttorney {

    private PowersOfAttorney() {
    }

    /** "CSN: fullmakt given 2026-12-03 av chef-csn; …", or that none was needed. */
    static String summary(ProcurementRepository repository, NetworkDirectory directory, String businessKey, String procuringAgency) {
        List<ProcurementRepository.PowerOfAttorney> given = repository.powersOfAttorney(businessKey);
        String to = directory.agencyName(procuringAgency);
        if (given.isEmpty()) {
            return to + " upphandlar för egen räkning (ingen fullmakt behövs).";
        }
        List<String> lines = new ArrayList<>();
        for (ProcurementRepository.PowerOfAttorney p : given) {
            lines.add(directory.agencyName(p.agency()) + ": fullmakt till " + to + " given "
                    + p.grantedOn() + (p.grantedBy() == null ? "" : " av " + p.grantedBy()));
        }
        return String.join("\n", lines);
    }
}
