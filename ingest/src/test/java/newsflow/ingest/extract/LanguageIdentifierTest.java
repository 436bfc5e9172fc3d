package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    @Test
    void detectsEnglishGermanFrenchAndPortuguese() {
        assertEquals("en", LanguageIdentifier.detect("The minister said on Tuesday that the talks would continue next week, "
                + "and that both sides had agreed to meet again in Brussels after the summit."));
        assertEquals("de", LanguageIdentifier.detect("Der Minister sagte am Dienstag, die Gespräche würden in der nächsten Woche "
                + "fortgesetzt, und beide Seiten hätten vereinbart, sich nach dem Gipfel erneut in Brüssel zu treffen."));
        assertEquals("fr", LanguageIdentifier.detect("Le ministre a déclaré mardi que les discussions se poursuivraient la semaine "
                + "prochaine et que les deux parties avaient convenu de se retrouver à Bruxelles après le sommet."));
        assertEquals("pt", LanguageIdentifier.detect("O ministro disse na terça-feira que as conversas continuariam na próxima semana "
                + "e que os dois lados concordaram em se reunir novamente em Bruxelas depois da cúpula."));
    }

    @Test
    void needsEnoughLetters() {
        assertNull(LanguageIdentifier.detect("OK 123"));
        assertNull(LanguageIdentifier.detect(null));
    }

    @Test
    void englishFastPathIgnoresOtherLanguages() {
        assertFalse(LanguageIdentifier.looksEnglish("Der Minister sagte am Dienstag, die Gespräche würden in der nächsten Woche "
                + "fortgesetzt, und beide Seiten hätten vereinbart, sich nach dem Gipfel erneut in Brüssel zu treffen."));
    }
}
