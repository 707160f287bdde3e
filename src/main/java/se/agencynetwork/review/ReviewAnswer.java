package se.agencynetwork.review;

import java.time.Instant;

/** One agency's answer in a review round, as stored in {@code network_review_answer}. */
record ReviewAnswer(
        String businessKey,
        String agencyCode,
        int rating,
        boolean wantsToContinue,
        String mostUseful,
        String shouldChange,
        String answeredBy,
        Instant answeredAt) {
}
