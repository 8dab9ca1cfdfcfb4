package fr.vigie.archfixture.alpha.application;

/** Breaks "no broad catch without a reason": a programming error would vanish with the refusal. */
public class SwallowingService {
    public String parse(String text) {
        try {
            return Integer.valueOf(text).toString();
        } catch (Exception e) {
            return "";
        }
    }
}
