package se.agencynetwork.yh;

import java.util.List;

/**
 * The demand evidence of one YH application, compiled from the letters of intent: which agencies
 * signed, their hiring need and LIA places together. {@link #text()} is the summary the education
 * provider attaches to the application.
 */
public record Evidence(String businessKey, String programmeName, List<LetterOfIntent> letters) {

    public Evidence {
        letters = List.copyOf(letters);
    }

    public List<LetterOfIntent> signedLetters() {
        return letters.stream().filter(LetterOfIntent::signed).toList();
    }

    public int signedCount() {
        return signedLetters().size();
    }

    public int declinedCount() {
        return (int) letters.stream().filter(l -> l.answer() == LetterOfIntent.Answer.DECLINED).count();
    }

    public int silentCount() {
        return (int) letters.stream().filter(l -> l.answer() == LetterOfIntent.Answer.SILENT).count();
    }

    public int totalHiringNeed() {
        return signedLetters().stream().mapToInt(LetterOfIntent::hiringNeed).sum();
    }

    public int totalLiaPlaces() {
        return signedLetters().stream().mapToInt(LetterOfIntent::liaPlaces).sum();
    }

    /** Whether enough agencies signed to go on with an application. */
    public boolean enoughSupport(int minSignedLetters) {
        return signedCount() >= minSignedLetters;
    }

    /** One line for the council when support is too small (or as the case's outcome summary). */
    public String figures() {
        return signedCount() + " undertecknade, " + declinedCount() + " avböjda, " + silentCount()
                + " utan svar; rekryteringsbehov " + totalHiringNeed() + ", LIA-platser " + totalLiaPlaces();
    }

    /** The plain-text summary of the evidence, in Swedish, for the provider's application. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Underlag för YH-ansökan ").append(businessKey).append('\n');
        if (programmeName != null && !programmeName.isBlank()) {
            out.append("Utbildning: ").append(programmeName).append('\n');
        }
        out.append('\n').append("Avsiktsförklaringar från arbetsgivare (").append(signedCount()).append(" st):\n");
        for (LetterOfIntent letter : signedLetters()) {
            out.append("- ").append(letter.agencyName()).append(": rekryteringsbehov ").append(letter.hiringNeed())
                    .append(" personer inom 3–5 år, ").append(letter.liaPlaces()).append(" LIA-platser, referensperson ")
                    .append(letter.referencePerson()).append('\n');
        }
        out.append('\n').append("Sammanlagt rekryteringsbehov: ").append(totalHiringNeed()).append(" personer\n");
        out.append("Sammanlagt antal LIA-platser: ").append(totalLiaPlaces()).append('\n');
        out.append("Referenspersoner: ").append(signedCount()).append('\n');
        return out.toString();
    }
}
