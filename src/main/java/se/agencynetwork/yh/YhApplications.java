package se.agencynetwork.yh;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;

/** The YH applications and their letters of intent (tables yh_application, yh_letter_of_intent). */
@Repository
public class YhApplications {

    static final String PENDING = "pending";

    /** One application: its programme, and MYH's decision once known. */
    public record Application(String businessKey, String programmeName, String providerName, String decision) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NetworkDirectory directory;

    YhApplications(JdbcTemplate jdbc, Clock clock, NetworkDirectory directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    /** Registers the application and asks each agency for a letter (pending); repeating it changes nothing answered. */
    void open(String businessKey, String programmeName, String providerName, String providerOrgNumber,
            Collection<String> agencies) {
        Timestamp now = Timestamp.from(clock.instant());
        if (application(businessKey).isEmpty()) {
            jdbc.update("insert into yh_application (business_key, programme_name, provider_name, provider_org_number,"
                    + " registered_at) values (?, ?, ?, ?, ?)", businessKey, programmeName, providerName, providerOrgNumber, now);
        }
        for (String agency : agencies) {
            Integer existing = jdbc.queryForObject("select count(*) from yh_letter_of_intent where business_key = ?"
                    + " and agency_code = ?", Integer.class, businessKey, agency);
            if (existing == 0) {
                jdbc.update("insert into yh_letter_of_intent (business_key, agency_code, answer, requested_at)"
                        + " values (?, ?, ?, ?)", businessKey, agency, PENDING, now);
            }
        }
    }

    public Optional<Application> application(String businessKey) {
        return jdbc.query("select business_key, programme_name, provider_name, decision from yh_application"
                + " where business_key = ?", (rs, row) -> new Application(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), businessKey).stream().findFirst();
    }

    /** An agency's head signed or declined. */
    void answer(String businessKey, String agency, LetterOfIntent.Answer answer, int hiringNeed, int liaPlaces,
            String referencePerson, String comment, String answeredBy) {
        jdbc.update("update yh_letter_of_intent set answer = ?, hiring_need = ?, lia_places = ?, reference_person = ?,"
                + " letter_comment = ?, answered_by = ?, answered_at = ? where business_key = ? and agency_code = ?",
                answer.value(), hiringNeed, liaPlaces, referencePerson, comment, answeredBy,
                Timestamp.from(clock.instant()), businessKey, agency);
    }

    /** The deadline passed: every letter still pending is recorded as silence; returns how many. */
    int recordSilence(String businessKey) {
        return jdbc.update("update yh_letter_of_intent set answer = ?, answered_at = ? where business_key = ?"
                + " and answer = ?", LetterOfIntent.Answer.SILENT.value(), Timestamp.from(clock.instant()), businessKey, PENDING);
    }

    /** Agencies whose letter is still pending. */
    List<String> pendingAgencies(String businessKey) {
        return jdbc.queryForList("select agency_code from yh_letter_of_intent where business_key = ? and answer = ?"
                + " order by agency_code", String.class, businessKey, PENDING);
    }

    /** Signed letters of other agencies than {@code agency} (for MYH's limit of reference persons). */
    int signedByOthers(String businessKey, String agency) {
        return jdbc.queryForObject("select count(*) from yh_letter_of_intent where business_key = ? and answer = ?"
                + " and agency_code <> ?", Integer.class, businessKey, LetterOfIntent.Answer.SIGNED.value(), agency);
    }

    /** Every agency asked for a letter, answered or not. */
    public List<String> concernedAgencies(String businessKey) {
        return jdbc.queryForList("select agency_code from yh_letter_of_intent where business_key = ? order by agency_code",
                String.class, businessKey);
    }

    /** The answered letters (pending ones are left out) as the evidence of the application. */
    public Evidence evidence(String businessKey) {
        String programme = application(businessKey).map(Application::programmeName).orElse(null);
        List<LetterOfIntent> letters = jdbc.query("select agency_code, answer, hiring_need, lia_places, reference_person"
                + " from yh_letter_of_intent where business_key = ? and answer <> ? order by agency_code",
                (rs, row) -> new LetterOfIntent(rs.getString(1),
                        directory.agency(rs.getString(1)).map(Agency::name).orElse(rs.getString(1)),
                        LetterOfIntent.Answer.of(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getString(5)),
                businessKey, PENDING);
        return new Evidence(businessKey, programme, letters);
    }

    /** MYH's decision (and, after a rejection, the lessons learned). */
    void decide(String businessKey, String decision, String lessonsLearned) {
        jdbc.update("update yh_application set decision = ?, decided_at = ?, lessons_learned = ? where business_key = ?",
                decision, Timestamp.from(clock.instant()), lessonsLearned, businessKey);
    }
}
