package se.agencynetwork.procurement;




/**
 * The avstegsanmälan: a state agency that does not use a state framework agreement covering its need reports
 * why to Kammarkollegiet (förordning 1998:796 om statlig inköpssamordning). {@link PrepareDeviationReport} prepares its text on
 * the task (the document the administrator sends, or pastes into Kammarkollegiet's form) and {@link RecordDeviationReport} records it with the
 * day it was sent and Kammarkollegiet's reference.
 */
public final class DeviationReport {

    private DeviationReport() {
    }

    /** The report's text (Swedish). */
    static String text(String agencyName, String framework, String subject, String cpv, long value, String reason,
            String businessKey) {
        return "Avstegsanmälan till Kammarkollegiet (Statens inköpscentral)\n"
                + "Myndighet: " + agencyName + ", för Myndighetsnätverkets medfinansierande myndigheter (ärende " + businessKey + ")\n"
                + "Statligt ramavtal som inte används: " + framework + "\n"
                + "Vad som köps: " + subject + " (CPV " + cpv + "), uppskattat värde " + ProcurementSupport.kronor(value)
                + " exkl. moms\n"
                + "Skäl till avsteget: " + reason + "\n"
                + "Anmälan görs enligt förordningen (1998:796) om statlig inköpssamordning.";
    }

}
