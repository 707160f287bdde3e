package se.agencynetwork.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.SwedishOrder;
import se.agencynetwork.recruitment.RecruitmentRepository.HiresLine;
import se.agencynetwork.recruitment.RecruitmentRepository.SignUp;

/** The rules of a joint recruitment activity: its dates, who takes part, what the follow-up found. */
@Service
record RecruitmentActivities(RecruitmentRepository repository, NetworkDirectory directory,
        RecruitmentProperties properties) {

    /** A deadline day ends at this time, in Sweden (as the idea's interest round). */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    /** The follow-up opens at this time on its day. */
    static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);
    static final String NOT_ANSWERED = "inte svarat";

    /** The sign-up round's deadline, the reminder before it and the end of the activity's day. */
    record SignUpRound(List<String> agencies, Instant deadline, Instant reminder, Instant activityDay) {
    }

    /** Who signed up, as the gateway and the forms need it. */
    record Participants(List<String> agencies, String names) {
        int count() {
            return agencies.size();
        }
    }

    /** The follow-up's figures: answered agencies, hires among them, one line per agency. */
    record FollowUp(int answered, int silent, int totalHires, String summary) {
    }

    static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(NetworkTime.ZONE).toInstant();
    }

    SignUpRound openSignUp(LocalDate signUpDeadline, LocalDate activityDate, Instant now) {
        Instant deadline = endOf(signUpDeadline);
        Instant reminder = deadline.minus(properties.reminderBefore());
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        return new SignUpRound(directory.agencyCodes(), deadline, reminder, endOf(activityDate));
    }

    /** The agencies asked that have not answered yet. */
    List<String> silentAgencies(String businessKey, List<String> asked) {
        Set<String> answered = repository.signUps(businessKey).stream().map(SignUp::agencyCode).collect(Collectors.toSet());
        return asked.stream().filter(agency -> !answered.contains(agency)).toList();
    }

    Participants participants(String businessKey) {
        List<String> agencies = repository.signUps(businessKey).stream().filter(SignUp::takesPart)
                .map(SignUp::agencyCode).sorted().toList();
        String names = agencies.stream().map(directory::agencyName).sorted(SwedishOrder.texts())
                .collect(Collectors.joining("\n"));
        repository.updateParticipants(businessKey, agencies.size());
        return new Participants(agencies, names);
    }

    /** The follow-up opens {@code followUpAfter} after the activity's day, at 08:00 Swedish time. */
    Instant followUpAt(LocalDate activityDate) {
        return activityDate.plus(properties.followUpAfter()).atTime(FOLLOW_UP_TIME).atZone(NetworkTime.ZONE).toInstant();
    }

    Instant followUpDeadline(LocalDate today) {
        return endOf(today.plus(properties.followUpPeriod()));
    }

    /**
     * Closes the follow-up: an agency that did not answer gets a row "not answered" (never zero hires),
     * and the figures count only the agencies that answered.
     */
    FollowUp compileHires(String businessKey, List<String> participating) {
        Set<String> answered = repository.hires(businessKey).stream().map(HiresLine::agencyCode).collect(Collectors.toSet());
        participating.stream().filter(agency -> !answered.contains(agency))
                .forEach(agency -> repository.insertSilence(businessKey, agency));
        List<HiresLine> lines = new ArrayList<>(repository.hires(businessKey));
        lines.sort(SwedishOrder.by(line -> directory.agencyName(line.agencyCode())));
        int answeredCount = 0;
        int total = 0;
        List<String> summary = new ArrayList<>();
        for (HiresLine line : lines) {
            String name = directory.agencyName(line.agencyCode());
            if (line.answered()) {
                answeredCount++;
                total += line.hires();
                summary.add(name + ": " + line.hires() + (line.comment() == null ? "" : " (" + line.comment() + ")"));
            } else {
                summary.add(name + ": " + NOT_ANSWERED);
            }
        }
        repository.updateFollowUp(businessKey, answeredCount, total);
        return new FollowUp(answeredCount, lines.size() - answeredCount, total, String.join("\n", summary));
    }
}
