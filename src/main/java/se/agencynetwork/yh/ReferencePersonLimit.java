package se.agencynetwork.yh;

/** MYH accepts at most 25 reference persons per application: the signature that would exceed it is refused. */
public final class ReferencePersonLimit {

    private ReferencePersonLimit() {
    }

    /** The Swedish refusal when {@code alreadySigned} letters exist and another one would pass {@code max}; else null. */
    public static String refusal(int alreadySigned, int max) {
        if (alreadySigned + 1 > max) {
            return "Ansökan har redan " + alreadySigned + " referenspersoner, och MYH godtar högst " + max
                    + " per ansökan. Avsiktsförklaringen kan inte undertecknas; välj \"Avböj\" eller kontakta "
                    + "nätverkskoordinatorn.";
        }
        return null;
    }
}
