package se.agencynetwork.yh;

/**
 * One agency's answer to a letter of intent.
 *
 * @param agency          agency code
 * @param agencyName      the agency's name
 * @param answer          signed, declined, or silent (no answer by the deadline)
 * @param hiringNeed      people the agency expects to hire over 3-5 years (signed letters)
 * @param liaPlaces       LIA places the agency offers (signed letters)
 * @param referencePerson the agency's reference person (signed letters)
 */
public record LetterOfIntent(String agency, String agencyName, Answer answer, int hiringNeed, int liaPlaces,
        String referencePerson) {

    public enum Answer {
        SIGNED("signed", "undertecknad"), DECLINED("declined", "avböjd"), SILENT("silent", "inget svar");

        private final String value;
        private final String swedish;

        Answer(String value, String swedish) {
            this.value = value;
            this.swedish = swedish;
        }

        /** The value stored in the table and variables. */
        public String value() {
            return value;
        }

        public String swedish() {
            return swedish;
        }

        public static Answer of(String value) {
            for (Answer answer : values()) {
                if (answer.value.equals(value)) {
                    return answer;
                }
            }
            throw new IllegalArgumentException("Unknown letter of intent answer: " + value);
        }
    }

    public boolean signed() {
        return answer == Answer.SIGNED;
    }
}
