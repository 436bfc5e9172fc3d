package newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language of a text with Apache OpenNLP's language-detection model (103 languages,
 * from the {@code opennlp-models-langdetect} artifact) and returns ISO 639-1 codes. The model is
 * loaded once per JVM; detection is thread-safe.
 */
public final class LanguageIdentifier {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageIdentifier.class);
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final int SAMPLE_CHARS = 400;
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code for this language
            }
        }
        // codes the model uses that differ from Java's ISO 639-2/T table
        ISO3_TO_ISO1.put("zho", "zh");
        ISO3_TO_ISO1.put("cmn", "zh");
        ISO3_TO_ISO1.put("nob", "nb");
        ISO3_TO_ISO1.put("nno", "nn");
        ISO3_TO_ISO1.put("pes", "fa");
        ISO3_TO_ISO1.put("zsm", "ms");
        ISO3_TO_ISO1.put("ekk", "et");
        ISO3_TO_ISO1.put("lvs", "lv");
        ISO3_TO_ISO1.put("swh", "sw");
        ISO3_TO_ISO1.put("arb", "ar");
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
    }

    private LanguageIdentifier() {
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                LOG.warn("language model {} not on the classpath; language will be null", MODEL_RESOURCE);
                return null;
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            LOG.warn("cannot load language model {}: {}", MODEL_RESOURCE, e.toString());
            return null;
        }
    }

    /** Function words that exist only in English; a text made of many of them is English. */
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "and", "of", "to",
            "that", "with", "was", "for", "said", "from", "have", "has", "this", "which", "are", "were", "by",
            "his", "her", "their", "they", "it", "at", "be", "not", "but", "or", "would", "will", "been", "who",
            "its", "after", "about", "than", "when", "what", "there", "also", "more", "can", "had", "our", "you");

    /**
     * Fast path before the statistical model: among the first 100 words, a quarter or more are English-only
     * function words (no other language has "the", "and", "of", "which", "would" as frequent words).
     */
    static boolean looksEnglish(String sample) {
        int words = 0;
        int hits = 0;
        int i = 0;
        int n = sample.length();
        while (i < n && words < 100) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (start < i) {
                words++;
                if (i - start <= 5 && ENGLISH_FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                    hits++;
                }
            }
        }
        return words >= 20 && hits * 4 >= words;
    }

    /** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < 20) {
            return null;
        }
        if (looksEnglish(sample)) {
            return "en";
        }
        LanguageDetectorModel model = Holder.MODEL;
        if (model == null) {
            return null;
        }
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        if (best == null || best.getConfidence() < 0.02) {
            return null;
        }
        String code = best.getLang();
        String iso1 = ISO3_TO_ISO1.get(code);
        return iso1 != null ? iso1 : code;
    }
}
