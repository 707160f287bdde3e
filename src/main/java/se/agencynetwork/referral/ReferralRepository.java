package se.agencynetwork.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The referral's tables ({@code V20__candidate_referral.sql}); runs in the caller's transaction (the
 * engine's in the process steps). The candidate's data is in its own table so that deleting it is
 * deleting one row.
 */
@Repository
class ReferralRepository {

    /** A referral as the process and the consent page see it: nothing about the person. */
    record Referral(String id, String businessKey, String processInstanceId, String referringAgency, String roleTitle,
            ReferralStatus status, Instant answerDeadline, Instant sharedUntil) {
    }

    /** The candidate's data. */
    record Candidate(String name, String email, String competences, String experience, String locations) {
    }

    /** A profile shown to another agency's HR. */
    record SharedProfile(String referralId, String businessKey, String referringAgency, String roleTitle,
            Candidate candidate, Instant sharedUntil, int contacts, boolean contactedByViewer) {
    }

    private final JdbcTemplate jdbc;

    ReferralRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String businessKey, String processInstanceId, String agency, String referredBy,
            String roleTitle, Instant answerDeadline, Instant now, Candidate candidate) {
        jdbc.update("""
                insert into candidate_referral (id, business_key, process_instance_id, referring_agency, referred_by,
                                                role_title, status, created_at, answer_deadline)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, businessKey, processInstanceId, agency, referredBy, roleTitle, ReferralStatus.REQUESTED.name(),
                Timestamp.from(now), Timestamp.from(answerDeadline));
        jdbc.update("""
                insert into candidate_referral_person (referral_id, candidate_name, candidate_email,
                                                       competences, experience, locations)
                values (?, ?, ?, ?, ?, ?)""",
                id, candidate.name(), candidate.email(), candidate.competences(), candidate.experience(),
                candidate.locations());
    }

    Optional<Referral> referral(String id) {
        return jdbc.query("select * from candidate_referral where id = ?", (rs, n) -> referral(rs), id).stream()
                .findFirst();
    }

    /** The referral whose personal link this is, while the link exists. */
    Optional<Referral> byTokenHash(String tokenHash) {
        return jdbc.query("select r.* from candidate_referral r join candidate_referral_link l on l.referral_id = r.id"
                + " where l.token_hash = ?", (rs, n) -> referral(rs), tokenHash).stream().findFirst();
    }

    Optional<Candidate> candidate(String referralId) {
        return jdbc.query("select * from candidate_referral_person where referral_id = ?", (rs, n) -> candidate(rs),
                referralId).stream().findFirst();
    }

    /** Moves the status on only from the expected one; false when the referral was elsewhere already. */
    boolean changeStatus(String id, ReferralStatus from, ReferralStatus to) {
        return jdbc.update("update candidate_referral set status = ? where id = ? and status = ?", to.name(), id,
                from.name()) == 1;
    }

    void markConsented(String id, Instant consentedAt) {
        jdbc.update("update candidate_referral set consented_at = ? where id = ?", Timestamp.from(consentedAt), id);
    }

    void markShared(String id, Instant sharedUntil) {
        jdbc.update("update candidate_referral set shared_until = ? where id = ?", Timestamp.from(sharedUntil), id);
    }

    /** Adds the hash of a new link of the candidate; false when the candidate's data is gone. */
    boolean addLink(String id, String tokenHash) {
        return jdbc.update("insert into candidate_referral_link (token_hash, referral_id) select ?, referral_id"
                + " from candidate_referral_person where referral_id = ?", tokenHash, id) == 1;
    }

    /** Profiles being shared now, except the viewer's own agency's; with the contacts recorded. */
    List<SharedProfile> sharedProfiles(String viewerAgency, Instant now) {
        return jdbc.query("""
                select r.id, r.business_key, r.referring_agency, r.role_title, r.shared_until, p.*,
                       (select count(*) from candidate_referral_contact c where c.referral_id = r.id) as contacts,
                       (select count(*) from candidate_referral_contact c where c.referral_id = r.id
                                                                          and c.agency_code = ?) as own_contacts
                  from candidate_referral r join candidate_referral_person p on p.referral_id = r.id
                 where r.status = ? and r.shared_until > ? and r.referring_agency <> ?
                 order by r.shared_until, r.business_key""",
                (rs, n) -> new SharedProfile(rs.getString("id"), rs.getString("business_key"),
                        rs.getString("referring_agency"), rs.getString("role_title"), candidate(rs),
                        rs.getTimestamp("shared_until").toInstant(), rs.getInt("contacts"), rs.getInt("own_contacts") > 0),
                viewerAgency, ReferralStatus.CONSENTED.name(), Timestamp.from(now), viewerAgency);
    }

    /** Records one agency's contact; false if that agency had recorded it already. */
    boolean recordContact(String referralId, String agency, String userId, Instant now) {
        Integer already = jdbc.queryForObject("select count(*) from candidate_referral_contact where referral_id = ?"
                + " and agency_code = ?", Integer.class, referralId, agency);
        if (already != null && already > 0) {
            return false;
        }
        jdbc.update("insert into candidate_referral_contact (referral_id, agency_code, contacted_by, contacted_at)"
                + " values (?, ?, ?, ?)", referralId, agency, userId, Timestamp.from(now));
        return true;
    }

    /** How many agencies recorded that they contacted the candidate. */
    int contacts(String referralId) {
        Integer count = jdbc.queryForObject("select count(*) from candidate_referral_contact where referral_id = ?",
                Integer.class, referralId);
        return count == null ? 0 : count;
    }

    /**
     * Deletes the candidate's data and link and the mails to the candidate; the referral keeps its
     * final status and dates. Returns the number of person rows deleted (0 when done before).
     */
    int deletePersonalData(String id, String processInstanceId, List<String> mailKinds, ReferralStatus finalStatus,
            Instant now) {
        jdbc.update("delete from candidate_referral_link where referral_id = ?", id);
        int deleted = jdbc.update("delete from candidate_referral_person where referral_id = ?", id);
        jdbc.update("delete from notification_mail where process_instance_id = ? and kind in ("
                + String.join(", ", mailKinds.stream().map(k -> "?").toList()) + ")",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(processInstanceId), mailKinds.stream()).toArray());
        jdbc.update("update candidate_referral set status = ?, closed_at = ? where id = ?", finalStatus.name(),
                Timestamp.from(now), id);
        return deleted;
    }

    private static Referral referral(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp shared = rs.getTimestamp("shared_until");
        return new Referral(rs.getString("id"), rs.getString("business_key"), rs.getString("process_instance_id"),
                rs.getString("referring_agency"), rs.getString("role_title"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getTimestamp("answer_deadline").toInstant(),
                shared == null ? null : shared.toInstant());
    }

    private static Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Candidate(rs.getString("candidate_name"), rs.getString("candidate_email"),
                rs.getString("competences"), rs.getString("experience"), rs.getString("locations"));
    }
}
