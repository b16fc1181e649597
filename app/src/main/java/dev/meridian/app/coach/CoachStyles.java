package dev.meridian.app.coach;

import java.util.Objects;

/** The money coach screens' own stylesheet (kept apart from meridian.css; it uses the theme's colour variables). */
public final class CoachStyles {

    public static final String STYLESHEET =
            Objects.requireNonNull(CoachStyles.class.getResource("/dev/meridian/app/coach/coach.css")).toExternalForm();

    private CoachStyles() {
    }
}
