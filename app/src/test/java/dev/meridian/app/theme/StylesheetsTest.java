package dev.meridian.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** A stylesheet with a syntax error silently loses every rule after it: the parser must report none. */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        for (String name : List.of("/dev/meridian/app/meridian.css", "/dev/meridian/app/coach/coach.css", "/dev/meridian/charts/charts.css")) {
            URL url = Objects.requireNonNull(StylesheetsTest.class.getResource(name), name);
            new CssParser().parse(url);
        }
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
